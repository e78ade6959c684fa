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
