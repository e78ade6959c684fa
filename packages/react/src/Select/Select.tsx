import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { Field } from '../Field/Field';
import { useLabelledField, type LabelledControlProps } from '../Field/textEntry';
import { isKnownValue } from '../internal/dev';
import { SelectControl } from './Select.styles';

export interface SelectOption {
  /** Submitted value. */
  value: string;
  /** Visible text. */
  label: string;
  /** Cannot be chosen. */
  disabled?: boolean;
}

interface SelectOwnProps extends LabelledControlProps {
  /** Options as data; or pass `<option>` / `<optgroup>` elements as children. */
  options?: readonly SelectOption[];
  /** `<option>` elements, used when `options` is not given. */
  children?: ReactNode;
  /** First option with an empty value, e.g. "Choose a country". With `required`, choosing it fails validation. */
  placeholder?: string;
  /** Controlled value. */
  value?: string;
  /** Initial value when uncontrolled. Defaults to the placeholder when there is one. */
  defaultValue?: string;
}

export type SelectProps = SelectOwnProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof SelectOwnProps | 'multiple'>;

/**
 * A labelled native `<select>` (single choice). `className` and `style` go to the field wrapper; other attributes
 * go to the `<select>`, which also receives the ref.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(props, ref) {
  const { options, children, placeholder, value, defaultValue, ...others } = props;
  const { fieldProps, controlProps } = useLabelledField('Select', others);
  if (options) {
    const known = options.map((option) => option.value);
    const prop = value !== undefined ? 'value' : 'defaultValue';
    isKnownValue('Select', prop, value ?? defaultValue, known, 'the browser shows the first option instead');
  }
  const initial = value === undefined ? (defaultValue ?? (placeholder !== undefined ? '' : undefined)) : undefined;
  return (
    <Field {...fieldProps}>
      <SelectControl {...controlProps} ref={ref} value={value} defaultValue={initial}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options
          ? options.map((option) => (
              <option key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </option>
            ))
          : children}
      </SelectControl>
    </Field>
  );
});
