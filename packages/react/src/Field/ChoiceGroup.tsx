import { forwardRef, useId, type ChangeEvent, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal/dev';
import { Fieldset } from '../Fieldset/Fieldset';
import { FieldsetItems } from '../Fieldset/Fieldset.styles';
import { Choice } from './Choice';

export interface ChoiceOption {
  /** Submitted value. */
  value: string;
  /** Visible label of this option. */
  label: ReactNode;
  /** Help text for this option. */
  hint?: ReactNode;
  /** Cannot be chosen. */
  disabled?: boolean;
}

export const choiceOrientations = ['vertical', 'horizontal'] as const;
export type ChoiceOrientation = (typeof choiceOrientations)[number];

/** Props shared by CheckboxGroup and RadioGroup. */
export interface ChoiceGroupBaseProps
  extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'children' | 'onChange' | 'defaultValue'> {
  /** The question, rendered as `<legend>`; required, it names the group. */
  legend: ReactNode;
  /** Help text for the group. */
  hint?: ReactNode;
  /** Error for the group; linked from the fieldset and shown above the options. */
  error?: ReactNode;
  /** Adds the visible "(required)" text to the legend. */
  required?: boolean;
  /** The options. */
  options: readonly ChoiceOption[];
  /** Form field name shared by the inputs. Defaults to a generated one. */
  name?: string;
  /** Id of the FIRST input, for error summary links (`#id`); the others get `id-2`, `id-3`… */
  id?: string;
  /** Options stacked (`vertical`, default) or in a wrapping row (`horizontal`). */
  orientation?: ChoiceOrientation;
}

interface ChoiceGroupProps extends ChoiceGroupBaseProps {
  component: string;
  type: 'checkbox' | 'radio';
  isChecked: (value: string) => boolean;
  onOptionToggle: (value: string, checked: boolean) => void;
  /** Native `required` on each input (radios only: one required radio makes the group required). */
  nativeRequired?: boolean;
}

/** Fieldset + native inputs: the body of CheckboxGroup and RadioGroup. */
export const ChoiceGroup = forwardRef<HTMLFieldSetElement, ChoiceGroupProps>(function ChoiceGroup(
  { component, type, isChecked, onOptionToggle, nativeRequired, options, name, id, orientation, ...fieldsetProps },
  ref,
) {
  const generated = useId();
  const base = id || generated;
  const resolvedOrientation = oneOf(component, 'orientation', orientation, choiceOrientations, 'vertical');
  return (
    <Fieldset {...fieldsetProps} ref={ref}>
      <FieldsetItems data-orientation={resolvedOrientation}>
        {options.map((option, index) => (
          <Choice
            key={option.value}
            type={type}
            id={index === 0 ? base : `${base}-${index + 1}`}
            name={name ?? generated}
            value={option.value}
            label={option.label}
            hint={option.hint}
            disabled={option.disabled}
            required={nativeRequired}
            hideRequiredText
            checked={isChecked(option.value)}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onOptionToggle(option.value, event.target.checked)}
          />
        ))}
      </FieldsetItems>
    </Fieldset>
  );
});
