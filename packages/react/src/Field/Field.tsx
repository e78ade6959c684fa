import { useEffect, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { IStyleSheetContext } from 'styled-components';
import { useMessages } from '../PolkuProvider/context';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { useStaticClass, useStyleSheet } from '../internal/static-styled';
import { ErrorIcon } from './ErrorIcon';
import { fieldMessages } from './Field.messages';
import {
  FieldCounterText,
  FieldErrorText,
  FieldHintText,
  FieldLabelText,
  FieldRequiredText,
  FieldRoot,
} from './Field.styles';
import { hasContent, type FieldIds } from './hooks';

export interface FieldLabelProps {
  /** Id of the labelled control (`for`); leave out for a legend. */
  htmlFor?: string;
  id?: string;
  /** Adds the visible, translated "(required)" text. */
  required?: boolean;
  /** `choice` for checkbox/radio labels beside the input, `legend` for a fieldset legend. */
  kind?: 'field' | 'choice' | 'legend';
  children: ReactNode;
}

/** The visible, translated "(required)" after a label: a component of its own, so only required fields read messages. */
function RequiredMarker() {
  const t = useMessages(fieldMessages);
  return (
    <>
      {' '}
      <FieldRequiredText>{t('field.required')}</FieldRequiredText>
    </>
  );
}

/** The label (or legend) element with its static class; a plain function, so `Field` adds no component for it. */
function labelElement(className: string, { htmlFor, id, required, kind = 'field', children }: FieldLabelProps) {
  // Without the marker the text is the only child: React then sets textContent instead of creating a text node.
  const content = required ? (
    <>
      {children}
      <RequiredMarker />
    </>
  ) : (
    children
  );
  if (kind === 'legend') {
    return (
      <legend className={className} id={id} data-legend="">
        {content}
      </legend>
    );
  }
  if (kind === 'choice') {
    return (
      <label className={className} htmlFor={htmlFor} id={id} data-choice="">
        {content}
      </label>
    );
  }
  return (
    <label className={className} htmlFor={htmlFor} id={id}>
      {content}
    </label>
  );
}

/** Label (or legend) text with the required marker written out, never shown by colour or an asterisk alone. */
export function FieldLabel(props: FieldLabelProps) {
  return labelElement(useStaticClass(FieldLabelText), props);
}

/** Hint text; rendered only when there is a hint. */
export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  const className = useStaticClass(FieldHintText);
  if (!hasContent(children)) return null;
  return (
    <div className={className} id={id}>
      {children}
    </div>
  );
}

/** Error message: icon and a visually hidden "Error:" prefix, so colour is never the only cue. */
export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  const t = useMessages(fieldMessages);
  if (!hasContent(children)) return null;
  return (
    <FieldErrorText id={id}>
      <ErrorIcon />
      <span>
        <VisuallyHiddenText>{t('field.errorPrefix')}</VisuallyHiddenText> {children}
      </span>
    </FieldErrorText>
  );
}

/** How long typing must pause before the counter is announced. */
export const COUNTER_ANNOUNCE_DELAY_MS = 1000;

/**
 * Visible "{count} characters left" text (part of the control's description), plus a polite live region that
 * repeats it only after typing pauses, so screen readers are not interrupted on every keystroke.
 */
export function FieldCounter({ id, length, limit }: { id: string; length: number; limit: number }) {
  const t = useMessages(fieldMessages);
  const remaining = limit - length;
  const text =
    remaining >= 0
      ? t('field.charactersLeft', { count: remaining })
      : t('field.charactersOver', { count: -remaining });
  const [announced, setAnnounced] = useState('');
  const initial = useRef(text);
  useEffect(() => {
    if (text === initial.current && announced === '') return undefined;
    const timer = setTimeout(() => setAnnounced(text), COUNTER_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, announced]);
  return (
    <>
      <FieldCounterText id={id} data-over={remaining < 0 ? '' : undefined}>
        {text}
      </FieldCounterText>
      <VisuallyHiddenText aria-live="polite" data-polku-counter-live="">
        {announced}
      </VisuallyHiddenText>
    </>
  );
}

export interface FieldProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** The control, already wired with `id` and `aria-describedby`. */
  children: ReactNode;
  /** Rendered after the control (the character counter). */
  after?: ReactNode;
}

/**
 * The one field anatomy (label, hint, error, control, counter) as elements, with the static classes taken from one
 * sheet read: a plain function, so a control that renders it (TextField) adds no component layer for the field, its
 * label or its hint (bench/fields: each layer and each context read is paid 1,000 times in a long form).
 */
export function fieldElement(
  sheet: IStyleSheetContext,
  { ids, label, hint, error, required, children, after, className, ...rest }: FieldProps,
) {
  const rootClass = FieldRoot.classIn(sheet);
  return (
    <div {...rest} className={className ? `${rootClass} ${className}` : rootClass}>
      {labelElement(FieldLabelText.classIn(sheet), { htmlFor: ids.id, id: ids.labelId, required, children: label })}
      {/* Mounted only with content: a plain field renders no empty hint or error (bench: TextField). */}
      {hasContent(hint) && (
        <div className={FieldHintText.classIn(sheet)} id={ids.hintId}>
          {hint}
        </div>
      )}
      {hasContent(error) && <FieldError id={ids.errorId}>{error}</FieldError>}
      {children}
      {after}
    </div>
  );
}

/** The one field anatomy: label, hint, error, control, counter. Internal: no ref, and one component (`fieldElement`). */
export function Field(props: FieldProps) {
  return fieldElement(useStyleSheet(), props);
}
