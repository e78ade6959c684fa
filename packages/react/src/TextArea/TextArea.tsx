import { forwardRef, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
import { Field } from '../Field/Field';
import { FieldControlWidth } from '../Field/Field.styles';
import { useCharacterCounter, useLabelledControl, type LabelledControlProps } from '../Field/textEntry';
import { TextAreaControl } from './TextArea.styles';

interface TextAreaOwnProps extends LabelledControlProps {
  /** Shows a "{count} characters left" counter (announced politely once typing pauses). Does not cut input. */
  characterLimit?: number;
  /** Visible rows before scrolling. Default 5. The user can resize vertically. */
  rows?: number;
  /** Controlled value. */
  value?: string;
  /** Initial value when uncontrolled. */
  defaultValue?: string;
  /** Change handler of the native textarea. */
  onChange?: (event: ChangeEvent<HTMLTextAreaElement>) => void;
}

export type TextAreaProps = TextAreaOwnProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof TextAreaOwnProps | 'children'>;

/**
 * A labelled multi-line text input that resizes vertically. `className` and `style` go to the field wrapper;
 * other attributes go to the native `<textarea>`, which also receives the ref.
 */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(props, ref) {
  const {
    label,
    hint,
    error,
    required,
    width,
    id,
    characterLimit,
    rows = 5,
    value,
    defaultValue,
    onChange,
    className,
    style,
    'aria-describedby': describedBy,
    ...textareaProps
  } = props;
  const { ids, width: resolvedWidth, controlProps } = useLabelledControl(
    'TextArea',
    { label, hint, error, required, width, id, 'aria-describedby': describedBy },
    characterLimit !== undefined && characterLimit > 0,
  );
  const { counter, handleChange } = useCharacterCounter(ids, characterLimit, value, defaultValue, onChange);
  return (
    <Field
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
      style={style}
      after={counter}
    >
      <FieldControlWidth data-width={resolvedWidth}>
        <TextAreaControl
          {...textareaProps}
          {...controlProps}
          ref={ref}
          rows={rows}
          value={value}
          defaultValue={defaultValue}
          onChange={handleChange}
        />
      </FieldControlWidth>
    </Field>
  );
});
