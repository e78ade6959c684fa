import { useState, type ChangeEvent, type CSSProperties, type ReactNode } from 'react';
import { inRange, isDevelopment, oneOf, requireText } from '../internal/dev';
import { FieldCounter } from './Field';
import { hasContent, joinIds, useFieldIds, type FieldIds } from './hooks';
import { fieldWidths, type FieldWidth } from './widths';

/** Props every labelled single control (text field, text area, select) shares. */
export interface LabelledControlProps {
  /** Visible label; required, it is the accessible name. */
  label: ReactNode;
  /** Help text below the label, linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Error message; when set the control is `aria-invalid` and the message is linked after the hint. */
  error?: ReactNode;
  /** Marks the field required: visible "(required)" text, native `required` and `aria-required`. */
  required?: boolean;
  /** Maximum width: `s` ≈ 10, `m` ≈ 20, `l` ≈ 40 characters, `full` the container. Always 100% up to that. */
  width?: FieldWidth;
  /** Id of the control (defaults to a generated one); error summary links point to it. */
  id?: string;
}

interface LabelledInput extends LabelledControlProps {
  className?: string;
  style?: CSSProperties;
  'aria-describedby'?: string;
}

/** What `useLabelledField` adds to a control's own attributes; a key is present only when it says something. */
interface ControlWiring {
  id: string;
  'data-width'?: FieldWidth;
  required?: true;
  'aria-required'?: true;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** Field props for `<Field>` / `fieldElement`; `after` (the counter) is set by `useTextEntry`. */
interface LabelledFieldProps {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  style?: CSSProperties;
  after?: ReactNode;
}

/** Sets `key` on a props object only when it has a value or the caller's props had one to override. */
function wire(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined || target[key] !== undefined) target[key] = value;
}

/**
 * Splits a labelled control's props: field props (label, hint, error, className, style) for `<Field>`, and the
 * control's own attributes plus wiring: id, `aria-describedby` (hint, error, counter, then the caller's own),
 * `aria-invalid`, `required` and `aria-required`. The control's props are one new object, and keys that would be
 * undefined are left out (React visits every key of a host element's props at mount: 1,000 fields, 5,000 keys).
 */
export function useLabelledField<P extends LabelledInput>(component: string, props: P, counterShown = false) {
  return labelledField(component, props, useFieldIds(props.id), counterShown);
}

/** `useLabelledField` without the hook: its objects are new, so `useTextEntry` may add its own keys to them. */
function labelledField<P extends LabelledInput>(component: string, props: P, ids: FieldIds, counterShown: boolean) {
  // `id` is taken out of the control's props: `ids.id` (the same id, or a generated one) replaces it
  const { label, hint, error, required, width, id: _id, className, style, 'aria-describedby': describedBy, ...rest } = props;
  if (isDevelopment) requireText(component, 'label', label);
  const invalid = hasContent(error);
  const controlProps = rest as typeof rest & ControlWiring;
  controlProps.id = ids.id;
  // the width rules sit on the control itself (`controlWidth`); `full` is the default and needs no attribute
  const resolvedWidth = width === undefined ? 'full' : oneOf(component, 'width', width, fieldWidths, 'full');
  wire(controlProps, 'data-width', resolvedWidth === 'full' ? undefined : resolvedWidth);
  wire(controlProps, 'required', required ? true : undefined);
  wire(controlProps, 'aria-required', required ? true : undefined);
  wire(controlProps, 'aria-invalid', invalid ? true : undefined);
  wire(
    controlProps,
    'aria-describedby',
    joinIds(hasContent(hint) && ids.hintId, invalid && ids.errorId, counterShown && ids.counterId, describedBy),
  );
  const fieldProps: LabelledFieldProps = { ids, label, hint, error, required, className, style };
  return { ids, fieldProps, controlProps };
}

type TextValue = string | number | readonly string[];

interface TextEntryInput<E> extends LabelledInput {
  characterLimit?: number;
  value?: TextValue;
  defaultValue?: TextValue;
  onChange?: (event: ChangeEvent<E>) => void;
}

/**
 * TextField and TextArea: the labelled field plus the character counter, tracking the length in both controlled
 * (`value`) and uncontrolled (`defaultValue`) use. Counts Unicode code points, as people count characters.
 */
export function useTextEntry<E extends HTMLInputElement | HTMLTextAreaElement, P extends TextEntryInput<E>>(
  component: string,
  props: P,
) {
  const { characterLimit: limitProp, value, defaultValue, onChange, ...labelled } = props;
  const characterLimit = inRange(component, 'characterLimit', limitProp, { min: 1, integer: true }, 'no counter is shown');
  const counterShown = characterLimit !== undefined;
  const ids = useFieldIds(labelled.id);
  const { fieldProps, controlProps } = labelledField(component, labelled, ids, counterShown);
  const [uncontrolled, setUncontrolled] = useState(String(defaultValue ?? ''));
  const current = value !== undefined ? String(value) : uncontrolled;
  const handleChange = (event: ChangeEvent<E>) => {
    if (value === undefined) setUncontrolled(event.target.value);
    onChange?.(event);
  };
  if (counterShown) {
    fieldProps.after = <FieldCounter id={ids.counterId} length={Array.from(current).length} limit={characterLimit} />;
  }
  // the control's props object is ours (a rest copy): the entry's own keys go onto it, undefined ones left out
  const entry = controlProps as typeof controlProps & { value?: TextValue; defaultValue?: TextValue; onChange: typeof handleChange };
  if (value !== undefined) entry.value = value;
  if (defaultValue !== undefined) entry.defaultValue = defaultValue;
  entry.onChange = handleChange;
  return { fieldProps, controlProps: entry };
}
