import type { CalendarDate } from '@internationalized/date';
import { devWarn } from '../internal/dev';
import { parseIsoDate } from './dateFormat';

/**
 * An ISO date prop (`value`, `defaultValue`, `min`, `max`) read as a date. Anything that is not a real `YYYY-MM-DD`
 * day warns in development, naming the component, the prop and the value, and counts as not given.
 */
export function isoProp(component: string, prop: string, value: string | null | undefined): CalendarDate | null {
  if (value === undefined || value === null || value === '') return null;
  const date = parseIsoDate(value);
  if (!date) {
    devWarn(
      `${component}: prop \`${prop}\` must be an ISO date YYYY-MM-DD that exists in the calendar (got ${JSON.stringify(value)}); it is ignored.`,
    );
  }
  return date;
}

/** Reads `min` and `max`, warning when `min` is after `max` (then neither limits the dates). */
export function useDateLimits(component: string, min: string | undefined, max: string | undefined) {
  const minDate = isoProp(component, 'min', min);
  const maxDate = isoProp(component, 'max', max);
  if (minDate && maxDate && minDate.compare(maxDate) > 0) {
    devWarn(`${component}: prop \`min\` (${min}) is after \`max\` (${max}); neither limit is applied.`);
    return { min: null, max: null };
  }
  return { min: minDate, max: maxDate };
}
