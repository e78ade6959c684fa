import { CalendarDate, endOfMonth } from '@internationalized/date';
import type { Locale } from '../i18n/messages';

export type DatePart = 'day' | 'month' | 'year';

/** A locale's numeric date format, read from Intl.DateTimeFormat: the order of the parts and their padding. */
export interface DatePattern {
  /** BCP 47 locale the format comes from (`fi-FI`, `sv-FI`, `en-GB`, `en-US`…). */
  locale: string;
  order: readonly DatePart[];
  separator: string;
  /** Whether day and month are written with two digits (`01/02/2027`). */
  padded: Record<'day' | 'month', boolean>;
}

/**
 * The date format each Polku locale uses unless `dateLocale` says otherwise: Finnish and Finland's Swedish `d.M.yyyy`
 * (Sweden's Swedish would be ISO), British English `dd/MM/yyyy` (day first, as services in Finland expect).
 */
export const defaultDateLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const numericDate = { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' } as const;
const patterns = new Map<string, DatePattern>();

/** The numeric date format of `locale`, from how Intl writes 2 January 2027 there. */
export function datePattern(locale: string): DatePattern {
  const known = patterns.get(locale);
  if (known) return known;
  const parts = new Intl.DateTimeFormat(locale, numericDate).formatToParts(new Date(Date.UTC(2027, 0, 2)));
  const order = parts.flatMap((part) =>
    part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : [],
  );
  const value = (type: DatePart) => parts.find((part) => part.type === type)?.value ?? '';
  const pattern: DatePattern = {
    locale,
    order,
    separator: parts.find((part) => part.type === 'literal')?.value ?? '.',
    padded: { day: value('day').length === 2, month: value('month').length === 2 },
  };
  patterns.set(locale, pattern);
  return pattern;
}

/** The pattern written with the letters of the message locale: fi `p.k.vvvv`, sv `d.M.åååå`, en `dd/mm/yyyy`. */
export function patternText(pattern: DatePattern, letters: Record<DatePart, string>): string {
  return pattern.order
    .map((part) => (part !== 'year' && pattern.padded[part] ? letters[part].repeat(2) : letters[part]))
    .join(pattern.separator);
}

/** A date as the locale writes it in numbers (`1.2.2027`, `01/02/2027`, `2/1/2027`), formatted by Intl. */
export function formatDate(date: CalendarDate, pattern: DatePattern): string {
  return dateFormatter(pattern.locale, numericDate).format(utcDate(date));
}

/** The calendar date as a JavaScript Date at UTC midnight, for Intl (which formats it with `timeZone: 'UTC'`). */
export function utcDate(date: CalendarDate): Date {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options (UTC, as calendar dates carry no time zone), made once. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Why typed text is not a date: not three numbers, a two-digit year, or a day the month does not have. */
export type InvalidReason = 'format' | 'shortYear' | 'noSuchDate';

export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: CalendarDate }
  | { kind: 'invalid'; reason: InvalidReason };

const separators = /\s*[./-]\s*|\s+/;

/**
 * Reads what people type: day, month and year in the locale's order, with or without leading zeros, separated by
 * `.`, `/`, `-` or spaces, a trailing separator allowed (`1.2.2027.`), and an ISO `2027-02-01` in any locale.
 * The year must have four digits: `1.2.27` could be 1927 or 2027 (a birth date or a due date), so it is not guessed.
 */
export function parseDateText(text: string, pattern: DatePattern): ParsedDate {
  const trimmed = text.trim().replace(/[./-]$/, '');
  if (trimmed === '') return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const pieces = iso ? [iso[1], iso[2], iso[3]] : trimmed.split(separators);
  if (pieces.length !== 3 || !pieces.every((piece) => /^\d{1,4}$/.test(piece ?? ''))) {
    return { kind: 'invalid', reason: 'format' };
  }
  const order: readonly DatePart[] = iso ? ['year', 'month', 'day'] : pattern.order;
  const field = (part: DatePart) => pieces[order.indexOf(part)] ?? '';
  const [day, month, year] = [field('day'), field('month'), field('year')];
  if (day.length > 2 || month.length > 2) return { kind: 'invalid', reason: 'format' };
  if (year.length <= 2) return { kind: 'invalid', reason: 'shortYear' };
  if (year.length !== 4) return { kind: 'invalid', reason: 'format' };
  return calendarDate(Number(year), Number(month), Number(day));
}

/** The date when the calendar has it; `CalendarDate` would quietly move 31.2. to 28.2., so that is checked first. */
function calendarDate(year: number, month: number, day: number): ParsedDate {
  if (year < 1 || month < 1 || month > 12 || day < 1) return { kind: 'invalid', reason: 'noSuchDate' };
  if (day > endOfMonth(new CalendarDate(year, month, 1)).day) return { kind: 'invalid', reason: 'noSuchDate' };
  return { kind: 'date', date: new CalendarDate(year, month, day) };
}

/** An ISO `YYYY-MM-DD` string as a date, or `null` when it is not one (a real calendar day, written in full). */
export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const parsed = calendarDate(year, month, day);
  return parsed.kind === 'date' ? parsed.date : null;
}

/** Returns a reason string when a day cannot be chosen, or false (or nothing) when it can. */
export type UnavailableCheck = (isoDate: string) => string | boolean | null | undefined;

export interface DateLimits {
  min?: CalendarDate | null;
  max?: CalendarDate | null;
  isDateUnavailable?: UnavailableCheck;
}

export type DateProblem =
  | { kind: 'min' | 'max' | 'range' }
  | { kind: 'unavailable'; reason: string | null };

/** Why a real date cannot be chosen (before `min`, after `max`, unavailable), or `null` when it can. */
export function dateProblem(date: CalendarDate, { min, max, isDateUnavailable }: DateLimits): DateProblem | null {
  const early = min ? date.compare(min) < 0 : false;
  const late = max ? date.compare(max) > 0 : false;
  if (early || late) return { kind: min && max ? 'range' : early ? 'min' : 'max' };
  const unavailable = isDateUnavailable?.(date.toString());
  if (!unavailable) return null;
  return { kind: 'unavailable', reason: typeof unavailable === 'string' && unavailable.trim() !== '' ? unavailable : null };
}
