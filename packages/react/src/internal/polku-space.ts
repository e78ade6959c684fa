import { oneOf } from './dev';

/** The spacing scale: `--polku-space-0` … `--polku-space-9` (0, 4, 8, 12, 16, 20, 24, 32, 48, 64 px). */
export const spaceScale = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type Space = (typeof spaceScale)[number];

const spaceNames = spaceScale.map(String) as readonly string[];

/**
 * Static CSS for a spacing prop, built once when a styles module loads: one block per step of the scale, e.g.
 * `spaceRules('gap', ['gap'])` gives `&[data-gap='4'] { gap: var(--polku-space-4); }` for every step. Interpolated
 * as a plain string into a styled template, so no function runs per render and a value change creates no class.
 */
export function spaceRules(attribute: string, properties: readonly string[]): string {
  return spaceScale
    .map((step) => {
      const declarations = properties.map((property) => `${property}: var(--polku-space-${step});`).join(' ');
      return `&[data-${attribute}='${step}'] { ${declarations} }`;
    })
    .join('\n');
}

/**
 * Turns a spacing prop into its data-attribute value; an off-scale value warns (naming component and prop) and
 * falls back. `undefined` stays `undefined` when there is no fallback, so the attribute is left off.
 */
export function resolveSpace(component: string, prop: string, value: Space | undefined, fallback: Space): string;
export function resolveSpace(component: string, prop: string, value: Space | undefined): string | undefined;
export function resolveSpace(
  component: string,
  prop: string,
  value: Space | undefined,
  fallback?: Space,
): string | undefined {
  if (value === undefined) return fallback === undefined ? undefined : String(fallback);
  return oneOf(component, prop, String(value), spaceNames, String(fallback ?? 0));
}
