import { forwardRef, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal/dev';
import { Field } from '../Field/Field';
import { FieldControlWidth } from '../Field/Field.styles';
import { hasContent } from '../Field/hooks';
import { useCharacterCounter, useLabelledControl, type LabelledControlProps } from '../Field/textEntry';
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
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(props, ref) {
  const {
    label,
    hint,
    error,
    required,
    width,
    id,
    type,
    characterLimit,
    prefix,
    suffix,
    value,
    defaultValue,
    onChange,
    className,
    style,
    'aria-describedby': describedBy,
    ...inputProps
  } = props;
  const resolvedType = oneOf('TextField', 'type', type, textFieldTypes, 'text');
  const counterShown = characterLimit !== undefined && characterLimit > 0;
  const { ids, width: resolvedWidth, controlProps } = useLabelledControl(
    'TextField',
    { label, hint, error, required, width, id, 'aria-describedby': describedBy },
    counterShown,
  );
  const { counter, handleChange } = useCharacterCounter(ids, characterLimit, value, defaultValue, onChange);
  const input = (
    <TextFieldInput
      {...inputProps}
      {...controlProps}
      ref={ref}
      type={resolvedType}
      value={value}
      defaultValue={defaultValue}
      onChange={handleChange}
    />
  );
  const affixed = hasContent(prefix) || hasContent(suffix);
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
        {affixed ? (
          <TextFieldAffixBox data-invalid={controlProps['aria-invalid'] ? '' : undefined}>
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
        ) : (
          input
        )}
      </FieldControlWidth>
    </Field>
  );
});
