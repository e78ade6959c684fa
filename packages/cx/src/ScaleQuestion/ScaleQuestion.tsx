import { forwardRef, useId, useImperativeHandle, type FieldsetHTMLAttributes, type ReactNode, type Ref } from 'react';
import { devWarn, requireText, useStaticClass } from '@polku/react/internal';
import { describeNonStandardScale, scaleValues } from '../feedback/scales';
import type { FeedbackKind } from '../feedback/types';
import { useScale } from '../feedback/useScale';
import { scaleComponentName, scoreOnScale, validScaleRange } from './scaleProps';
import {
  ScaleEndText,
  ScaleEnds,
  ScaleError,
  ScaleHint,
  ScaleInput,
  ScaleLegend,
  ScaleOption,
  ScaleOptionText,
  ScaleOptions,
  ScaleRoot,
} from './ScaleQuestion.styles';

export interface ScaleQuestionOwnProps {
  /** The question, shown as the group's legend; it is the accessible name of the group. Required. */
  question: ReactNode;
  /** Lowest value. */
  min: number;
  /** Highest value. */
  max: number;
  /** Show the highest value first. Non-standard: warns in development when `kind` is given. */
  reversed?: boolean;
  /** Label of the lowest value ("Not at all likely"); read with that option and describes the group. */
  lowLabel?: string;
  /** Label of the highest value ("Extremely likely"); read with that option and describes the group. */
  highLabel?: string;
  /** Visible text for each value (for example emotion words); read after the value. */
  optionLabels?: Partial<Record<number, string>>;
  /** A decorative picture for each value (faces); hidden from assistive technology. */
  renderOptionIcon?: (value: number) => ReactNode;
  /** The standard scale this should match (`nps` 0–10, `csat` 1–5, `ces` 1–7…); a mismatch warns in development. */
  kind?: FeedbackKind;
  /** Controlled value; `null` when nothing is chosen. */
  value?: number | null;
  /** Initial value when uncontrolled. */
  defaultValue?: number | null;
  /** Called with the chosen value (click, Space, arrow keys, Home/End). */
  onChange?: (value: number) => void;
  /** Radio group name for form posts; default a generated id. */
  name?: string;
  /** Help text under the question, linked to the group. */
  hint?: ReactNode;
  /** Error message; linked to the group. */
  error?: ReactNode;
  /** Disables every option. */
  disabled?: boolean;
  /** Native `required` on the radios. */
  required?: boolean;
  /** A handle whose `focus()` moves focus to the option in the tab order (the chosen one, or the first). */
  focusRef?: Ref<{ focus(): void }>;
}

export type ScaleQuestionProps = ScaleQuestionOwnProps &
  Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, keyof ScaleQuestionOwnProps | 'children'>;

/**
 * The one rating scale under every feedback question: native radios in a fieldset with a legend, roving focus,
 * arrows/Home/End, end labels read with the end values and tied to the group, a check mark and thick border for the
 * chosen option (never colour alone), 24 px targets and a vertical layout in narrow containers. RTL-safe.
 */
export const ScaleQuestion = forwardRef<HTMLFieldSetElement, ScaleQuestionProps>(function ScaleQuestion(props, ref) {
  const {
    question,
    min: minProp,
    max: maxProp,
    reversed,
    lowLabel,
    highLabel,
    optionLabels,
    renderOptionIcon,
    kind,
    value,
    defaultValue,
    onChange,
    name,
    hint,
    error,
    disabled,
    required,
    focusRef,
    ...rest
  } = props;
  requireText('ScaleQuestion', 'question', question);
  // An invalid range warns and falls back (scaleProps.ts); the kind check then sees the range actually shown.
  const { min, max } = validScaleRange(minProp, maxProp, kind);
  const component = scaleComponentName(kind);
  if (kind) {
    const problem = describeNonStandardScale(kind, { min, max, reversed });
    if (problem) {
      devWarn(`ScaleQuestion: non-standard ${kind} scale: ${problem}. Results will not be comparable.`);
    }
  }
  const id = useId();
  const values = scaleValues({ min, max, reversed });
  const scale = useScale({
    values,
    value: scoreOnScale(component, 'value', value, values),
    defaultValue: scoreOnScale(component, 'defaultValue', defaultValue, values),
    onChange,
    disabled,
  });
  useImperativeHandle(focusRef, () => ({ focus: scale.focusTabStop }), [scale.focusTabStop]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const lowId = `${id}-low`;
  const highId = `${id}-high`;
  const describedBy = [
    hint ? hintId : null,
    error ? errorId : null,
    lowLabel ? lowId : null,
    highLabel ? highId : null,
    rest['aria-describedby'],
  ]
    .filter(Boolean)
    .join(' ');
  // Options render their label and input with the static classes themselves: eleven options per question, one
  // component layer each instead of three (ADR 0008; bench: 100 NPS questions).
  const optionClass = useStaticClass(ScaleOption);
  const inputClass = useStaticClass(ScaleInput);
  const first = values[0];
  const endLabel = (v: number) => (v === min ? lowLabel : v === max ? highLabel : undefined);
  const endIdFor = (v: number) => (v === min ? lowId : highId);

  return (
    <ScaleRoot
      {...rest}
      ref={ref}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      data-polku-scale=""
    >
      <ScaleLegend>{question}</ScaleLegend>
      {hint && <ScaleHint id={hintId}>{hint}</ScaleHint>}
      {error && <ScaleError id={errorId}>{error}</ScaleError>}
      <ScaleOptions>
        {values.map((v, index) => {
          const end = endLabel(v);
          const text = optionLabels?.[v];
          // The name is set explicitly so it is the same in every browser: the value, then the word or end label.
          const accessibleName = text ? `${v}, ${text}` : end ? `${v}, ${end}` : String(v);
          return (
            <label key={v} className={optionClass} data-value={v}>
              <input
                {...scale.getInputProps(v, index)}
                className={inputClass}
                name={name ?? id}
                required={required}
                aria-label={accessibleName}
              />
              {renderOptionIcon && <span aria-hidden="true">{renderOptionIcon(v)}</span>}
              {text ? <ScaleOptionText>{text}</ScaleOptionText> : <span>{v}</span>}
              {end && !text && <ScaleEndText aria-hidden="true">{end}</ScaleEndText>}
            </label>
          );
        })}
      </ScaleOptions>
      {(lowLabel || highLabel) && (
        <ScaleEnds aria-hidden="true">
          {[first === min ? min : max, first === min ? max : min].map((v) => (
            <span key={v} id={endLabel(v) ? endIdFor(v) : undefined}>
              {endLabel(v) ? `${v} = ${endLabel(v)}` : null}
            </span>
          ))}
        </ScaleEnds>
      )}
    </ScaleRoot>
  );
});
