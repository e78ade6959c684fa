import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { oneOf } from '../internal/dev';
import { useStyleSheet } from '../internal/static-styled';
import { withRef } from '../internal/with-ref';
import { fieldElement } from '../Field/Field';
import { hasContent } from '../Field/hooks';
import { useTextEntry, type LabelledControlProps } from '../Field/textEntry';
import { TextFieldAffix, TextFieldAffixBox, TextFieldInput } from './TextField.styles';

export const textFieldTypes = ['text', 'email', 'tel', 'number', 'search'] as const;
export type TextFieldType = (typeof textFieldTypes)[number];

interface TextFieldOwnProps extends LabelledControlProps {
  /** Input type. Default `text`. */
  type?: TextFieldType;
  /** Shows a "{count} characters left" counter (announced politely once typing pauses). Does not cut input. */
  characterLimit?: number;
  /** Text before the input, e.g. "€". Hidden from assistive technology: say the unit in the label too. */
  prefix?: ReactNode;
  /** Text after the input, e.g. "kg". Hidden from assistive technology: say the unit in the label too. */
  suffix?: ReactNode;
  /** Controlled value. */
  value?: string | number;
  /** Initial value when uncontrolled. */
  defaultValue?: string | number;
  /** Change handler of the native input. */
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}

export type TextFieldProps = TextFieldOwnProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof TextFieldOwnProps | 'children'>;

/**
 * A labelled single-line text input. `className` and `style` go to the field wrapper; every other attribute
 * (name, autoComplete, inputMode, data-*, aria-*) goes to the native `<input>`, which also receives the ref.
 */
export const TextField = withRef<HTMLInputElement, TextFieldProps>(function TextField(props, ref) {
  const { type, prefix, suffix, ...others } = props;
  const resolvedType = type === undefined ? 'text' : oneOf('TextField', 'type', type, textFieldTypes, 'text');
  const { fieldProps, controlProps } = useTextEntry<HTMLInputElement, typeof others>('TextField', others);
  // Field, label, hint and input are elements of this one component, their static classes from one sheet read
  // (ADR 0008; bench/fields: a field layer, a hint layer and three context reads less per field).
  const sheet = useStyleSheet();
  const inputClass = TextFieldInput.classIn(sheet);
  // with a prefix or suffix the frame and the width move to the box around the input
  const affixed = hasContent(prefix) || hasContent(suffix);
  if (!affixed) {
    return fieldElement(sheet, { ...fieldProps, children: <input {...controlProps} className={inputClass} ref={ref} type={resolvedType} /> });
  }
  const width = controlProps['data-width'];
  const input = <input {...controlProps} data-width={undefined} className={inputClass} ref={ref} type={resolvedType} />;
  return fieldElement(sheet, {
    ...fieldProps,
    children: (
      <TextFieldAffixBox data-width={width} data-invalid={controlProps['aria-invalid'] ? '' : undefined}>
        {hasContent(prefix) && (
          <TextFieldAffix aria-hidden="true" data-side="prefix">
            {prefix}
          </TextFieldAffix>
        )}
        {input}
        {hasContent(suffix) && (
          <TextFieldAffix aria-hidden="true" data-side="suffix">
            {suffix}
          </TextFieldAffix>
        )}
      </TextFieldAffixBox>
    ),
  });
});
