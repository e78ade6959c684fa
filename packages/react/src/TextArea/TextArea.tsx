import { forwardRef, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
import { Field } from '../Field/Field';
import { inRange } from '../internal/dev';
import { useTextEntry, type LabelledControlProps } from '../Field/textEntry';
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
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ rows = 5, ...others }, ref) {
  const { fieldProps, controlProps } = useTextEntry<HTMLTextAreaElement, typeof others>('TextArea', others);
  const visibleRows = inRange('TextArea', 'rows', rows, { min: 1, integer: true }, 'using 5') ?? 5;
  return (
    <Field {...fieldProps}>
      <TextAreaControl {...controlProps} ref={ref} rows={visibleRows} />
    </Field>
  );
});
