// @ts-check
/**
 * WCAG 2.2 contrast maths (relative luminance, contrast ratio, alpha compositing) and the pair checker used by the
 * build and by `polku-tokens check`.
 */

/** @typedef {{ r: number, g: number, b: number, a: number }} Rgba channels 0..1 */
/**
 * @typedef {{ foreground: string, background: string, min: number, kind: 'text' | 'large-text' | 'non-text', note?: string }} ContrastPair
 * @typedef {ContrastPair & { theme: string, brand: string, ratio: number, pass: boolean, foregroundValue: string, backgroundValue: string }} ContrastResult
 */

/** Parses `#rgb`, `#rrggbb` or `#rrggbbaa`. */
export function parseHex(/** @type {string} */ hex) {
  let h = hex.replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(h)) throw new Error(`not a hex colour: ${hex}`);
  const n = (/** @type {number} */ i) => parseInt(h.slice(i, i + 2), 16) / 255;
  return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) : 1 };
}

/** Converts a (resolved) DTCG colour object to channels 0..1. */
export function fromDtcg(/** @type {{ components: (number|'none')[], alpha?: number }} */ c) {
  const [r, g, b] = c.components.map((x) => (x === 'none' ? 0 : x));
  return { r: /** @type {number} */ (r), g: /** @type {number} */ (g), b: /** @type {number} */ (b), a: c.alpha ?? 1 };
}

const toLinear = (/** @type {number} */ c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of an opaque sRGB colour. */
export function relativeLuminance(/** @type {Rgba} */ { r, g, b }) {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** Source-over compositing of `fg` (possibly translucent) onto `bg` (treated as opaque). */
export function composite(/** @type {Rgba} */ fg, /** @type {Rgba} */ bg) {
  const a = fg.a;
  return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
}

/**
 * WCAG contrast ratio (1..21). Accepts hex strings or channel objects. A translucent background is composited over
 * `base` (default white) first, then a translucent foreground over that background.
 * @param {Rgba | string} fg
 * @param {Rgba | string} bg
 * @param {Rgba | string} [base]
 */
export function contrastRatio(fg, bg, base = { r: 1, g: 1, b: 1, a: 1 }) {
  const f = typeof fg === 'string' ? parseHex(fg) : fg;
  let b = typeof bg === 'string' ? parseHex(bg) : bg;
  const under = typeof base === 'string' ? parseHex(base) : base;
  if (b.a < 1) b = composite(b, under.a < 1 ? composite(under, { r: 1, g: 1, b: 1, a: 1 }) : under);
  const f2 = f.a < 1 ? composite(f, b) : f;
  const l1 = relativeLuminance(f2);
  const l2 = relativeLuminance(b);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Ratio with two decimals; never shows a failing ratio rounded up to its minimum (e.g. 4.497 → "4.497", not "4.50"). */
export function formatRatio(/** @type {number} */ ratio, /** @type {number} */ min = 0) {
  const two = ratio.toFixed(2);
  return ratio < min && Number(two) >= min ? ratio.toFixed(3) : two;
}

/**
 * Checks every pair against one resolved token set.
 * @param {ContrastPair[]} pairs
 * @param {(path: string) => ({ colorSpace: string, components: (number|'none')[], alpha?: number } | undefined)} getColor
 * @param {{ theme: string, brand: string, cssValue: (path: string) => string }} ctx
 * @returns {{ results: ContrastResult[], missing: string[] }}
 */
export function checkPairs(pairs, getColor, ctx) {
  /** @type {ContrastResult[]} */
  const results = [];
  /** @type {string[]} */
  const missing = [];
  const surface = getColor('color.surface.default');
  const base = surface ? fromDtcg(surface) : { r: 1, g: 1, b: 1, a: 1 };
  for (const pair of pairs) {
    const fg = getColor(pair.foreground);
    const bg = getColor(pair.background);
    if (!fg) missing.push(pair.foreground);
    if (!bg) missing.push(pair.background);
    if (!fg || !bg) continue;
    const ratio = contrastRatio(fromDtcg(fg), fromDtcg(bg), base);
    results.push({
      ...pair,
      theme: ctx.theme,
      brand: ctx.brand,
      ratio,
      pass: ratio >= pair.min,
      foregroundValue: ctx.cssValue(pair.foreground),
      backgroundValue: ctx.cssValue(pair.background),
    });
  }
  return { results, missing: [...new Set(missing)] };
}

/** One line per failing pair: token names, theme, brand, measured ratio and minimum. */
export function formatFailure(/** @type {ContrastResult} */ r) {
  return `contrast ${formatRatio(r.ratio, r.min)}:1 < ${r.min}:1 (${r.kind}) — ${r.foreground} (${r.foregroundValue}) on ${r.background} (${r.backgroundValue}) in theme "${r.theme}", brand "${r.brand}"`;
}
