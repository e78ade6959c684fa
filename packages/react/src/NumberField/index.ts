export { NumberField } from './NumberField';
export type { NumberFieldProps, NumberFieldOwnProps } from './NumberField';
export { numberFormats, type NumberFormat } from './numberFormat';
