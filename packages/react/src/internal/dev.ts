/** True outside production builds; bundlers replace process.env.NODE_ENV, and a missing `process` means development. */
export const isDevelopment: boolean =
  typeof process === 'undefined' || typeof process.env === 'undefined' || process.env.NODE_ENV !== 'production';

const reported = new Set<string>();

/** Development-only console.warn, printed once per distinct message. */
export function devWarn(message: string): void {
  if (!isDevelopment || reported.has(message)) return;
  reported.add(message);
  console.warn(`[Polku] ${message}`);
}

/** Development-only console.error for broken accessibility contracts, printed once per distinct message. */
export function devError(message: string): void {
  if (!isDevelopment || reported.has(message)) return;
  reported.add(message);
  console.error(`[Polku] ${message}`);
}

/** Lets tests see a warning again after it has been printed once. */
export function resetDevMessages(): void {
  reported.clear();
}

/**
 * Returns `value` when it is one of `allowed`; otherwise warns (naming component and prop) and returns `fallback`,
 * so an unknown variant renders as the default instead of unstyled.
 */
export function oneOf<T extends string>(
  component: string,
  prop: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  devWarn(`${component}: unknown ${prop} "${value}"; expected one of ${allowed.join(', ')}. Using "${fallback}".`);
  return fallback;
}

/** Reports a missing accessible name in development, naming the component and the prop that provides it. */
export function requireText(component: string, prop: string, value: unknown): void {
  if (typeof value === 'string' ? value.trim() === '' : value == null) {
    devError(`${component}: the "${prop}" prop is required and must not be empty; it gives the accessible name.`);
  }
}

/** A prop value as it reads in a message: strings quoted, dates in ISO 8601, NaN and Infinity by name, objects as JSON. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || value == null || typeof value === 'function') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Development warning for an invalid prop value, in the one format every component uses:
 * `<Component>: prop \`<prop>\` <problem> (got <value>); <what happens instead>.`
 */
export function warnProp(component: string, prop: string, value: unknown, problem: string, consequence?: string): void {
  if (!isDevelopment) return;
  devWarn(`${component}: prop \`${prop}\` ${problem} (got ${describeValue(value)})${consequence ? `; ${consequence}` : ''}.`);
}

/** Bounds for `inRange`: inclusive `min` / `max`, and whether only whole numbers are allowed. */
export interface NumberRange {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** True when `value` is a finite number inside `range`. */
export function isInRange(value: unknown, range: NumberRange): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!range.integer || Number.isInteger(value)) &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  );
}

function describeRange({ min, max, integer }: NumberRange): string {
  const kind = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return `a finite ${integer ? 'whole ' : ''}number`;
}

/**
 * Returns `value` when it is a finite number inside `range`; otherwise warns in development (naming component, prop
 * and value, and `consequence`: what renders instead) and returns `undefined`, so the caller can reject it. The check
 * itself also runs in production, where an out-of-range value is rejected silently and never throws.
 */
export function inRange(
  component: string,
  prop: string,
  value: number | undefined,
  range: NumberRange,
  consequence?: string,
): number | undefined {
  if (value === undefined) return undefined;
  if (isInRange(value, range)) return value;
  warnProp(component, prop, value, `must be ${describeRange(range)}`, consequence);
  return undefined;
}

/**
 * Epoch milliseconds of a Date, a number or an ISO 8601 string; `undefined` (after a development warning naming
 * component and prop) when it is not a valid time. `undefined` in gives `undefined` out, without a warning.
 */
export function validDate(
  component: string,
  prop: string,
  value: Date | number | string | undefined,
  consequence?: string,
): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isFinite(ms)) return ms;
  warnProp(component, prop, value, 'is not a valid date or time', consequence);
  return undefined;
}

/**
 * True when `value` is one of `known` (the values of the options, tabs or steps actually given). Otherwise warns in
 * development, naming component, prop and value and listing what is known, and returns false; `undefined`, `null` and
 * `''` mean "nothing chosen" and pass without a warning.
 */
export function isKnownValue(
  component: string,
  prop: string,
  value: string | null | undefined,
  known: readonly string[],
  consequence?: string,
): boolean {
  if (value === undefined || value === null || value === '' || known.includes(value)) return true;
  const listed = known.length > 8 ? `${known.slice(0, 8).join(', ')}…` : known.join(', ');
  warnProp(component, prop, value, known.length > 0 ? `must be one of ${listed}` : 'names no given option', consequence);
  return false;
}
