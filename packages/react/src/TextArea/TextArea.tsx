import { forwardRef, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
import { Field } from '../Field/Field';
import { FieldControlWidth } from '../Field/Field.styles';
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
  const { width, fieldProps, controlProps } = useTextEntry<HTMLTextAreaElement, typeof others>('TextArea', others);
  return (
    <Field {...fieldProps}>
      <FieldControlWidth data-width={width}>
        <TextAreaControl {...controlProps} ref={ref} rows={rows} />
      </FieldControlWidth>
    </Field>
  );
});
