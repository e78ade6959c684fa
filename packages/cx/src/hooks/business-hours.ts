/**
 * Business hours: when a promise clock runs. Pure functions over epoch milliseconds, no React, no DOM.
 *
 * Opening hours are wall-clock times in an IANA time zone (default: the runtime's zone), so "8:00–16:30 in
 * Europe/Helsinki" stays right across daylight-saving changes and on a server in another zone.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One opening period within a day, as `HH:MM` wall-clock times; `close` is exclusive (`'16:30'`). */
export interface OpeningPeriod {
  open: string;
  close: string;
}

export interface BusinessHours {
  /** Opening periods per ISO weekday (1 = Monday). A missing day is closed. */
  week: Partial<Record<IsoWeekday, readonly OpeningPeriod[]>>;
  /** IANA time zone of the wall-clock times, e.g. `Europe/Helsinki`. Default: the runtime's zone. */
  timeZone?: string;
  /** Whole days closed (public holidays), as local `YYYY-MM-DD` dates. */
  closedDates?: readonly string[];
}

/** Monday to Friday 8:00–16:00, a common default for examples. */
export const WEEKDAYS_8_TO_16: BusinessHours = {
  week: Object.fromEntries([1, 2, 3, 4, 5].map((day) => [day, [{ open: '08:00', close: '16:00' }]])) as BusinessHours['week'],
};

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, IsoWeekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock reading of an instant in a zone. `minute` counts minutes since local midnight (fractional). */
export interface WallClock {
  date: string;
  weekday: IsoWeekday;
  minute: number;
}

export function wallClock(at: number, timeZone?: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(at))) parts[part.type] = part.value;
  const seconds = Number(parts.second) + (at % 1000 >= 0 ? (at % 1000) / 1000 : 0);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
    minute: Number(parts.hour) * 60 + Number(parts.minute) + seconds / 60,
  };
}

function toMinutes(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Business hours: "${time}" is not a HH:MM time`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function periodsOn(hours: BusinessHours, clock: WallClock): Array<[number, number]> {
  if (hours.closedDates?.includes(clock.date)) return [];
  return (hours.week[clock.weekday] ?? [])
    .map((period): [number, number] => [toMinutes(period.open), toMinutes(period.close)])
    .filter(([open, close]) => close > open)
    .sort((a, b) => a[0] - b[0]);
}

/** True when `at` falls inside an opening period. */
export function isOpen(hours: BusinessHours, at: number): boolean {
  const clock = wallClock(at, hours.timeZone);
  return periodsOn(hours, clock).some(([open, close]) => clock.minute >= open && clock.minute < close);
}

/**
 * Moves from `at` by a number of wall-clock minutes and corrects once for a daylight-saving shift in between,
 * so the result lands on the intended local time.
 */
function shiftToWallMinute(at: number, from: WallClock, targetMinuteFromToday: number, timeZone?: string): number {
  const guess = at + (targetMinuteFromToday - from.minute) * MINUTE;
  const landed = wallClock(guess, timeZone);
  const wanted = ((targetMinuteFromToday % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  let drift = landed.minute - wanted;
  if (drift > DAY_MINUTES / 2) drift -= DAY_MINUTES;
  if (drift < -DAY_MINUTES / 2) drift += DAY_MINUTES;
  return Math.round(guess - drift * MINUTE);
}

/**
 * The open segment containing `at`, or the next one, as `[start, end]` in epoch ms; `null` when nothing opens in the
 * next `searchDays` days.
 */
export function nextOpenSegment(hours: BusinessHours, at: number, searchDays = 400): [number, number] | null {
  const tz = hours.timeZone;
  const today = wallClock(at, tz);
  for (let day = 0; day <= searchDays; day += 1) {
    // A probe at local noon of that day tells its date and weekday, whatever the DST state.
    const probe = day === 0 ? at : shiftToWallMinute(at, today, day * DAY_MINUTES + 12 * 60, tz);
    const clock = day === 0 ? today : wallClock(probe, tz);
    for (const [open, close] of periodsOn(hours, clock)) {
      if (day === 0 && clock.minute >= close) continue;
      const start = day === 0 && clock.minute >= open ? at : shiftToWallMinute(probe, clock, open, tz);
      const end = shiftToWallMinute(probe, clock, close, tz);
      return [start, end];
    }
  }
  return null;
}

/** Business milliseconds between `from` and `to` (0 when `to <= from`). */
export function businessTimeBetween(hours: BusinessHours, from: number, to: number): number {
  let total = 0;
  let cursor = from;
  while (cursor < to) {
    const segment = nextOpenSegment(hours, cursor);
    if (!segment || segment[0] >= to) break;
    total += Math.min(segment[1], to) - segment[0];
    cursor = segment[1];
  }
  return total;
}

/** The instant at which `duration` ms of business time have passed after `from`. */
export function addBusinessTime(hours: BusinessHours, from: number, duration: number): number {
  let remaining = duration;
  let cursor = from;
  for (;;) {
    const segment = nextOpenSegment(hours, cursor);
    if (!segment) throw new RangeError('Business hours: no opening time found within 400 days');
    const length = segment[1] - segment[0];
    if (remaining <= length) return segment[0] + remaining;
    remaining -= length;
    cursor = segment[1];
  }
}
