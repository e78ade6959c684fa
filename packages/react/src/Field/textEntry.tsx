import { useState, type ChangeEvent, type CSSProperties, type ReactNode } from 'react';
import { inRange, oneOf, requireText } from '../internal/dev';
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

/**
 * Splits a labelled control's props: field props (label, hint, error, className, style) for `<Field>`, and the
 * control's own attributes plus wiring: id, `aria-describedby` (hint, error, counter, then the caller's own),
 * `aria-invalid`, `required` and `aria-required`.
 */
export function useLabelledField<P extends LabelledInput>(component: string, props: P, counterShown = false) {
  const { label, hint, error, required, width, id, className, style, 'aria-describedby': describedBy, ...rest } = props;
  requireText(component, 'label', label);
  const ids: FieldIds = useFieldIds(id);
  const invalid = hasContent(error);
  const resolvedWidth = oneOf(component, 'width', width, fieldWidths, 'full');
  const controlProps = {
    ...rest,
    id: ids.id,
    // the width rules sit on the control itself (`controlWidth`); `full` is the default and needs no attribute
    'data-width': resolvedWidth === 'full' ? undefined : resolvedWidth,
    required: required || undefined,
    'aria-required': required ? (true as const) : undefined,
    'aria-invalid': invalid ? (true as const) : undefined,
    'aria-describedby': joinIds(
      hasContent(hint) && ids.hintId,
      invalid && ids.errorId,
      counterShown && ids.counterId,
      describedBy,
    ),
  };
  return {
    ids,
    fieldProps: { ids, label, hint, error, required, className, style },
    controlProps,
  };
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
  const { ids, fieldProps, controlProps } = useLabelledField(component, labelled, counterShown);
  const [uncontrolled, setUncontrolled] = useState(String(defaultValue ?? ''));
  const current = value !== undefined ? String(value) : uncontrolled;
  const handleChange = (event: ChangeEvent<E>) => {
    if (value === undefined) setUncontrolled(event.target.value);
    onChange?.(event);
  };
  const counter = counterShown ? (
    <FieldCounter id={ids.counterId} length={Array.from(current).length} limit={characterLimit} />
  ) : null;
  return {
    fieldProps: { ...fieldProps, after: counter },
    controlProps: { ...controlProps, value, defaultValue, onChange: handleChange },
  };
}
