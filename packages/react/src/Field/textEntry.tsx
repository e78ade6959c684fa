import { useState, type ChangeEvent, type ReactNode } from 'react';
import { oneOf, requireText } from '../internal/dev';
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

interface WiringInput extends LabelledControlProps {
  'aria-describedby'?: string;
}

/** Wires ids, `aria-describedby` (hint, error, counter, then the caller's own), invalid and required state. */
export function useLabelledControl(component: string, props: WiringInput, counterShown = false) {
  requireText(component, 'label', props.label);
  const ids: FieldIds = useFieldIds(props.id);
  const width = oneOf(component, 'width', props.width, fieldWidths, 'full');
  const invalid = hasContent(props.error);
  const hasHint = hasContent(props.hint);
  const controlProps = {
    id: ids.id,
    required: props.required || undefined,
    'aria-required': props.required ? (true as const) : undefined,
    'aria-invalid': invalid ? (true as const) : undefined,
    'aria-describedby': joinIds(
      hasHint && ids.hintId,
      invalid && ids.errorId,
      counterShown && ids.counterId,
      props['aria-describedby'],
    ),
  };
  return { ids, width, controlProps };
}

/**
 * Length tracking for the character counter in both controlled (`value`) and uncontrolled (`defaultValue`) use.
 * Counts Unicode code points, as people count characters.
 */
export function useCharacterCounter<E extends HTMLInputElement | HTMLTextAreaElement>(
  ids: FieldIds,
  limit: number | undefined,
  value: string | number | readonly string[] | undefined,
  defaultValue: string | number | readonly string[] | undefined,
  onChange: ((event: ChangeEvent<E>) => void) | undefined,
) {
  const [uncontrolled, setUncontrolled] = useState(String(defaultValue ?? ''));
  const current = value !== undefined ? String(value) : uncontrolled;
  const handleChange = (event: ChangeEvent<E>) => {
    if (value === undefined) setUncontrolled(event.target.value);
    onChange?.(event);
  };
  const counter =
    limit !== undefined && limit > 0 ? (
      <FieldCounter id={ids.counterId} length={Array.from(current).length} limit={limit} />
    ) : null;
  return { counter, handleChange };
}
