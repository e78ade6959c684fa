import { forwardRef } from 'react';
import { ChoiceGroup, type ChoiceGroupBaseProps } from '../Field/ChoiceGroup';
import { useControllableState } from '../Field/hooks';
import { isKnownValue } from '../internal/dev';

export interface CheckboxGroupProps extends ChoiceGroupBaseProps {
  /** Controlled list of checked values (use with `onChange`). */
  value?: readonly string[];
  /** Initially checked values when uncontrolled. */
  defaultValue?: readonly string[];
  /** Called with the new list of checked values, in option order. */
  onChange?: (value: string[]) => void;
}

const none: readonly string[] = [];

/**
 * Several native checkboxes answering one question, in a fieldset with legend, hint and error.
 * Other attributes go to the `<fieldset>`, which receives the ref.
 */
export const CheckboxGroup = forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(function CheckboxGroup(
  { value, defaultValue = none, onChange, options, ...rest },
  ref,
) {
  const [checked, setChecked] = useControllableState<readonly string[]>(value, defaultValue, onChange as
    | ((next: readonly string[]) => void)
    | undefined);
  const values = options.map((option) => option.value);
  for (const v of checked) {
    if (!isKnownValue('CheckboxGroup', value !== undefined ? 'value' : 'defaultValue', v, values, 'it is ignored')) break;
  }
  const toggle = (optionValue: string, isOn: boolean) => {
    const next = options
      .map((option) => option.value)
      .filter((v) => (v === optionValue ? isOn : checked.includes(v)));
    setChecked(next);
  };
  return (
    <ChoiceGroup
      {...rest}
      ref={ref}
      component="CheckboxGroup"
      type="checkbox"
      options={options}
      isChecked={(v) => checked.includes(v)}
      onOptionToggle={toggle}
    />
  );
});
