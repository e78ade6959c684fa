// @ts-check
/**
 * Conversions from resolved DTCG 2025.10 values to CSS text. Used by the Style Dictionary value transforms in the
 * build and by the CLI report, so a value is rendered the same everywhere (and never as `[object Object]`).
 */
import { componentsToHex, describe, FONT_WEIGHT_KEYWORDS } from './validate-core.mjs';

const isObject = (/** @type {unknown} */ v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (/** @type {number} */ n) => String(Number(n.toFixed(4)));

/** DTCG colour object → `#rrggbb` (opaque) or `rgb(r g b / a)`. Strings pass through (already transformed). */
export function colorToCss(/** @type {any} */ v) {
  if (typeof v === 'string') return v;
  if (!isObject(v) || !Array.isArray(v.components)) throw new TypeError(`cannot render colour ${describe(v)}`);
  const alpha = v.alpha ?? 1;
  if (alpha >= 1) return (v.hex ?? componentsToHex(v.components)).toLowerCase();
  const [r, g, b] = v.components.map((/** @type {number|'none'} */ x) => Math.round((x === 'none' ? 0 : x) * 255));
  return `rgb(${r} ${g} ${b} / ${num(alpha)})`;
}

/** `{value, unit}` → `16px` / `150ms`. */
export function measureToCss(/** @type {any} */ v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && v === 0) return '0';
  if (!isObject(v) || typeof v.value !== 'number' || typeof v.unit !== 'string') {
    throw new TypeError(`cannot render dimension ${describe(v)}`);
  }
  return `${num(v.value)}${v.unit}`;
}

const GENERIC_FAMILIES = new Set([
  'serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif',
  'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong', '-apple-system', 'BlinkMacSystemFont',
]);

/** `["Inter", "system-ui"]` → `"Inter", system-ui`. */
export function fontFamilyToCss(/** @type {unknown} */ v) {
  const list = Array.isArray(v) ? v : typeof v === 'string' && v.includes(',') ? [v] : [v];
  return list
    .map((f) => {
      const s = String(f).trim();
      if (s.includes(',') || GENERIC_FAMILIES.has(s) || /^["'].*["']$/.test(s)) return s;
      return /^[A-Za-z][A-Za-z0-9-]*$/.test(s) && !/^\d/.test(s) ? `"${s}"` : `"${s.replace(/"/g, '\\"')}"`;
    })
    .join(', ');
}

export function fontWeightToCss(/** @type {unknown} */ v) {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' && v in FONT_WEIGHT_KEYWORDS) return String(FONT_WEIGHT_KEYWORDS[/** @type {keyof typeof FONT_WEIGHT_KEYWORDS} */ (v)]);
  return String(v);
}

export function cubicBezierToCss(/** @type {unknown} */ v) {
  if (typeof v === 'string') return v;
  if (!Array.isArray(v)) throw new TypeError(`cannot render cubicBezier ${describe(v)}`);
  return `cubic-bezier(${v.map((n) => num(n)).join(', ')})`;
}

export function shadowToCss(/** @type {unknown} */ v) {
  if (typeof v === 'string') return v;
  const layers = Array.isArray(v) ? v : [v];
  return layers
    .map((l) => {
      if (!isObject(l)) throw new TypeError(`cannot render shadow ${describe(l)}`);
      const parts = [measureToCss(l.offsetX), measureToCss(l.offsetY), measureToCss(l.blur), measureToCss(l.spread), colorToCss(l.color)];
      return (l.inset ? 'inset ' : '') + parts.join(' ');
    })
    .join(', ');
}

/** @type {Record<string, (v: any) => string>} */
export const CSS_RENDERERS = {
  color: colorToCss,
  dimension: measureToCss,
  duration: measureToCss,
  fontFamily: fontFamilyToCss,
  fontWeight: fontWeightToCss,
  cubicBezier: cubicBezierToCss,
  shadow: shadowToCss,
  number: (v) => String(v),
};

/** Renders any resolved value of a known $type as CSS text. */
export function toCss(/** @type {string} */ type, /** @type {unknown} */ value) {
  const render = CSS_RENDERERS[type];
  if (!render) throw new TypeError(`no CSS rendering for $type ${type}`);
  return render(value);
}
