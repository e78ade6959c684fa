export { DateInput } from './DateInput';
export type { DateInputProps, DateInputOwnProps, DateChangeDetails } from './DateInput';
