import { forwardRef } from 'react';
import { ChoiceGroup, type ChoiceGroupBaseProps } from '../Field/ChoiceGroup';
import { useControllableState } from '../Field/hooks';
import { isKnownValue } from '../internal/dev';

export interface RadioGroupProps extends ChoiceGroupBaseProps {
  /** Controlled chosen value (use with `onChange`); `''` for none. */
  value?: string;
  /** Initially chosen value when uncontrolled. */
  defaultValue?: string;
  /** Called with the newly chosen value. */
  onChange?: (value: string) => void;
}

/**
 * One choice from several: native radios sharing a name in a fieldset, so Tab enters the group once and the arrow
 * keys move and select natively. Other attributes go to the `<fieldset>`, which receives the ref.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { value, defaultValue = '', onChange, required, ...rest },
  ref,
) {
  const [chosen, setChosen] = useControllableState(value, defaultValue, onChange);
  const values = rest.options.map((option) => option.value);
  isKnownValue('RadioGroup', value !== undefined ? 'value' : 'defaultValue', chosen, values, 'no option is checked');
  return (
    <ChoiceGroup
      {...rest}
      ref={ref}
      required={required}
      nativeRequired={required}
      component="RadioGroup"
      type="radio"
      isChecked={(v) => v === chosen}
      onOptionToggle={(v, isOn) => {
        if (isOn) setChosen(v);
      }}
    />
  );
});
