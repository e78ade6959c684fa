/**
 * Development checks for the CX patterns. `@polku/react` keeps its `oneOf`/`requireText` internal (not exported), so
 * the patterns use this small equivalent until the core exports them. Messages are printed once each.
 */
const seen = new Set<string>();
const production = typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';

function report(method: 'warn' | 'error', message: string): void {
  if (production || seen.has(message)) return;
  seen.add(message);
  console[method](`[Polku] ${message}`);
}

/** Lets tests see a message again. */
export function resetPatternDevMessages(): void {
  seen.clear();
}

/** Checks a variant prop, warning (naming component and prop) and falling back when unknown. */
export function patternVariant<T extends string | number>(component: string, prop: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  report('warn', `${component}: unknown ${prop} "${String(value)}"; expected one of ${allowed.join(', ')}. Using "${fallback}".`);
  return fallback;
}

/** Reports a missing accessible name, naming the component and the prop that provides it. */
export function patternRequireText(component: string, prop: string, value: unknown): void {
  const empty = typeof value === 'string' ? value.trim() === '' : value == null;
  if (empty) report('error', `${component}: the "${prop}" prop is required and must not be empty; it gives the accessible name.`);
}

export const patternHeadingLevels = [2, 3, 4, 5, 6] as const;
export type PatternHeadingLevel = (typeof patternHeadingLevels)[number];

/** The heading element for a `headingLevel` prop, warning about an unknown level. */
export function patternHeading(component: string, value: unknown, fallback: PatternHeadingLevel): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return `h${patternVariant(component, 'headingLevel', value, patternHeadingLevels, fallback)}`;
}
