/** Locale-aware formatting for the patterns, with Intl only. */
import { splitDuration } from './promise-state';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A duration as units: `1 h 2 min 5 s` (short, for the ticking timer) or `1 hour 3 minutes` (long, rounded up to
 * whole minutes above one minute, for announcements).
 */
export function formatDuration(locale: string, ms: number, style: 'short' | 'long'): string {
  let { hours, minutes, seconds } = splitDuration(ms);
  if (style === 'long' && (hours > 0 || minutes > 0) && seconds > 0) {
    seconds = 0;
    minutes += 1;
    if (minutes === 60) {
      hours += 1;
      minutes = 0;
    }
  }
  const unitDisplay = style === 'short' ? 'short' : 'long';
  const parts: string[] = [];
  if (hours > 0) parts.push(numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay }).format(hours));
  if (minutes > 0 || (hours > 0 && style === 'short')) {
    parts.push(numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay }).format(minutes));
  }
  if (style === 'short' ? hours === 0 : parts.length === 0) {
    parts.push(numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay }).format(seconds));
  }
  return parts.join(' ');
}

/** A number with a fixed count of decimals, in the locale (e.g. `−12,5` in Finnish). */
export function formatNumber(locale: string, value: number, decimals = 0, signed = false): string {
  return numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}
