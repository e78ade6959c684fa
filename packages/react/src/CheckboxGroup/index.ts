export { CheckboxGroup } from './CheckboxGroup';
export type { CheckboxGroupProps } from './CheckboxGroup';
export type { ChoiceOption } from '../Field/ChoiceGroup';
