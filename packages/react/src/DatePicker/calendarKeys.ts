import { CalendarDate, endOfWeek, isSameMonth, startOfWeek } from '@internationalized/date';

/**
 * The day a key moves calendar focus to (APG date picker dialog): arrows by day and week, Home / End to the start and
 * end of the week (the locale's: Monday first in fi and sv), Page Up / Page Down by month and with Shift by year. A
 * day the target month lacks (31 March → February) becomes its last day. `null` when the key does not move focus.
 */
export function keyTarget(key: string, shift: boolean, date: CalendarDate, locale: string): CalendarDate | null {
  switch (key) {
    case 'ArrowLeft':
      return date.subtract({ days: 1 });
    case 'ArrowRight':
      return date.add({ days: 1 });
    case 'ArrowUp':
      return date.subtract({ weeks: 1 });
    case 'ArrowDown':
      return date.add({ weeks: 1 });
    case 'Home':
      return startOfWeek(date, locale);
    case 'End':
      return endOfWeek(date, locale);
    case 'PageUp':
      return shift ? date.subtract({ years: 1 }) : date.subtract({ months: 1 });
    case 'PageDown':
      return shift ? date.add({ years: 1 }) : date.add({ months: 1 });
    default:
      return null;
  }
}

/** `date` moved inside `min` … `max`; focus never goes where nothing can be chosen. */
export function clampDate(date: CalendarDate, min: CalendarDate | null, max: CalendarDate | null): CalendarDate {
  if (min && date.compare(min) < 0) return min;
  if (max && date.compare(max) > 0) return max;
  return date;
}

/** The weeks of the month of `date`, each seven days from the locale's first weekday (days of other months as `null`). */
export function monthWeeks(date: CalendarDate, locale: string): Array<Array<CalendarDate | null>> {
  const first = startOfWeek(date.set({ day: 1 }), locale);
  const weeks: Array<Array<CalendarDate | null>> = [];
  for (let start = first; weeks.length === 0 || isSameMonth(start, date); start = start.add({ weeks: 1 })) {
    weeks.push(Array.from({ length: 7 }, (_, index) => {
      const day = start.add({ days: index });
      return isSameMonth(day, date) ? day : null;
    }));
  }
  return weeks;
}

/** Today in the browser's time zone, as a calendar date. */
export function localToday(): CalendarDate {
  const now = new Date();
  return new CalendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
