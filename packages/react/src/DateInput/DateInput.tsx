import { withRef } from '../internal/with-ref';
import { DateEntry, type DateInputProps } from './DateEntry';

export type { DateInputProps, DateInputOwnProps, DateChangeDetails } from './DateEntry';

/**
 * A labelled date field in the locale's format (fi and sv `d.M.yyyy`, en `dd/MM/yyyy`, or `dateLocale`), with the
 * format as its hint. It reads what people type (`1.2.2027`, `01.02.2027`, `1.2.2027.`) and gives an ISO
 * `YYYY-MM-DD` value; text that is not a date, or a date outside `min` / `max` or unavailable, is kept as typed and
 * explained in an error once the field is left. `name` submits the ISO value in a native form (a hidden input).
 * `className` and `style` go to the field wrapper; other attributes and the ref go to the text input.
 */
export const DateInput = withRef<HTMLInputElement, DateInputProps>(function DateInput(props, ref) {
  return <DateEntry {...props} component="DateInput" inputRef={ref} />;
});
