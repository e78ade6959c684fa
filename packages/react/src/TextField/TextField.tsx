import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { oneOf } from '../internal/dev';
import { useStaticClass } from '../internal/static-styled';
import { withRef } from '../internal/with-ref';
import { Field } from '../Field/Field';
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
  const resolvedType = oneOf('TextField', 'type', type, textFieldTypes, 'text');
  const { fieldProps, controlProps } = useTextEntry<HTMLInputElement, typeof others>('TextField', others);
  // the input is rendered here with its static class: one component layer less per field (ADR 0008)
  const inputClass = useStaticClass(TextFieldInput);
  // with a prefix or suffix the frame and the width move to the box around the input
  const affixed = hasContent(prefix) || hasContent(suffix);
  const inputProps = affixed ? { ...controlProps, 'data-width': undefined } : controlProps;
  const input = <input {...inputProps} className={inputClass} ref={ref} type={resolvedType} />;
  if (!affixed) return <Field {...fieldProps}>{input}</Field>;
  return (
    <Field {...fieldProps}>
      <TextFieldAffixBox data-width={controlProps['data-width']} data-invalid={controlProps['aria-invalid'] ? '' : undefined}>
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
    </Field>
  );
});
