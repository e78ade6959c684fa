export { Combobox, RESULTS_ANNOUNCE_DELAY_MS } from './Combobox';
export type { ComboboxProps, ComboboxBaseProps, ComboboxSingleProps, ComboboxMultipleProps } from './Combobox';
export type { ComboboxOption } from './filterOptions';
export type { LoadOptions } from './useOptionLoader';
