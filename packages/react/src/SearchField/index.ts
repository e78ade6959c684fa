export { SearchField } from './SearchField';
export type { SearchFieldProps, SearchFieldOwnProps } from './SearchField';
