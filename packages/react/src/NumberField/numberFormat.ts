import type { Locale } from '../i18n/messages';

export const numberFormats = ['decimal', 'currency', 'percent'] as const;
export type NumberFormat = (typeof numberFormats)[number];

export interface NumberFormatOptions {
  format: NumberFormat;
  /** ISO 4217 code, for `currency`. */
  currency?: string;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** What people type: the result, or `invalid` when the text is not a number in this locale. */
export type ParsedNumber = { value: number | null; invalid: false } | { value: null; invalid: true };

const WHITESPACE = /[\s\u00a0\u202f]/g;
const MINUS = /^[-\u2212\u2012\u2013]/;

/** Intl.NumberFormat for a field; `currency` falls back to EUR so a missing code never throws. */
export function numberFormatter(locale: Locale, options: NumberFormatOptions): Intl.NumberFormat {
  const { format, currency, minimumFractionDigits, maximumFractionDigits } = options;
  return new Intl.NumberFormat(locale, {
    style: format,
    ...(format === 'currency' ? { currency: currency ?? 'EUR' } : {}),
    ...(minimumFractionDigits !== undefined ? { minimumFractionDigits } : {}),
    ...(maximumFractionDigits !== undefined ? { maximumFractionDigits } : {}),
  });
}

/** The locale's decimal and group separators and the symbols around the number (currency, percent sign). */
function symbolsOf(formatter: Intl.NumberFormat) {
  // separators from a plain decimal format: a percent or whole-number style may show neither
  const plain = new Intl.NumberFormat(formatter.resolvedOptions().locale, { minimumFractionDigits: 1 }).formatToParts(12345.6);
  const decimal = plain.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = plain.find((part) => part.type === 'group')?.value ?? ',';
  const affixes = formatter
    .formatToParts(-12345.6)
    .filter((part) => part.type === 'currency' || part.type === 'percentSign')
    .map((part) => part.value.trim())
    .filter(Boolean);
  return { decimal, groupIsSpace: group.replace(WHITESPACE, '') === '', group, affixes };
}

/**
 * Reads a number the way people type it in the locale: `1 234,5`, `1234,5` and `1234.5` in Finnish and Swedish
 * (grouping by any space, decimal comma or point), `1,234.5` in English (groups of three only, so `1,5` is not
 * read as 15). Currency and percent signs may be left in or out; a percent is returned as a fraction (15 % → 0.15).
 */
export function parseNumber(text: string, formatter: Intl.NumberFormat): ParsedNumber {
  const { decimal, group, groupIsSpace, affixes } = symbolsOf(formatter);
  let rest = text;
  for (const affix of [...affixes, formatter.resolvedOptions().currency ?? ''].filter(Boolean)) {
    rest = rest.split(affix).join('');
  }
  rest = rest.trim();
  if (rest === '') return { value: null, invalid: false };
  const negative = MINUS.test(rest);
  rest = rest.replace(MINUS, '').replace(WHITESPACE, '');
  let integer: string;
  let fraction = '';
  if (groupIsSpace) {
    // decimal comma, or a point when there is no comma: nobody groups with points in Finnish or Swedish
    const separator = rest.includes(decimal) ? decimal : '.';
    [integer, fraction = ''] = splitOnce(rest, separator);
  } else {
    [integer, fraction = ''] = splitOnce(rest, decimal);
    if (integer.includes(group)) {
      const groups = integer.split(group);
      if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((part) => !/^\d{3}$/.test(part))) {
        return { value: null, invalid: true };
      }
      integer = groups.join('');
    }
  }
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || (integer === '' && fraction === '')) {
    return { value: null, invalid: true };
  }
  const magnitude = Number(`${integer || '0'}.${fraction || '0'}`);
  const signed = negative ? -magnitude : magnitude;
  const value = formatter.resolvedOptions().style === 'percent' ? roundFloat(signed / 100) : signed;
  return { value, invalid: false };
}

function splitOnce(text: string, separator: string): [string, string?] {
  const index = text.indexOf(separator);
  if (index === -1) return [text];
  const fraction = text.slice(index + separator.length);
  // a second separator ("1,2,3") is not a number
  return fraction.includes(separator) ? ['x'] : [text.slice(0, index), fraction];
}

/** Removes binary floating-point noise (0.1 + 0.2, 15 / 100) without changing a meaningful digit. */
export function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

/** One step up or down from `current`, kept within min and max. */
export function stepNumber(current: number | null, delta: number, min?: number, max?: number): number {
  const start = current ?? (delta > 0 ? (min ?? 0) : (max ?? min ?? 0));
  const moved = current === null ? start : roundFloat(start + delta);
  return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, moved));
}
