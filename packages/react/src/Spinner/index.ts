export { Spinner, spinnerSizes } from './Spinner';
export type { SpinnerProps, SpinnerSize, SpinnerA11yProps } from './Spinner';
