import { brands, contrastPairs, themes, values } from '@polku/tokens';
// The same WCAG maths the token build uses, so the site and the build can never disagree.
import { contrastRatio } from '../../packages/tokens/src/contrast.mjs';

export { brands, contrastPairs, themes, values };
export type ThemeName = (typeof themes)[number];
export type BrandName = (typeof brands)[number];

export interface FlatToken {
  path: string;
  cssVar: string;
  value: string;
}

/** Flattens one theme × brand's resolved values into `color.text.default`-style paths. */
export function flatten(tree: object, prefix = ''): FlatToken[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [{ path, cssVar: `--polku-${path.replaceAll('.', '-')}`, value }];
    return flatten(value as object, path);
  });
}

export function tokensOf(theme: ThemeName, brand: BrandName): FlatToken[] {
  return flatten(values[theme][brand]);
}

/** Parses hex and `rgb(r g b / a)` colours into 0..1 channels. */
export function parseColor(value: string): { r: number; g: number; b: number; a: number } | undefined {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a: hex[2] ? parseInt(hex[2], 16) / 255 : 1 };
  }
  const rgb = /^rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)(?:\s*[/,]\s*([\d.]+%?))?\s*\)$/i.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : parseFloat(rgb[4]);
    return { r: Number(rgb[1]) / 255, g: Number(rgb[2]) / 255, b: Number(rgb[3]) / 255, a: alpha };
  }
  return undefined;
}

export type Verdict = 'AAA' | 'AA' | 'AA large' | 'Fail';

/** WCAG 2.2 verdict for text: AAA ≥ 7, AA ≥ 4.5, AA large text ≥ 3. */
export function verdictFor(ratio: number): Verdict {
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA large';
  return 'Fail';
}

/** Contrast of two resolved colours, translucent layers composited over the theme's default surface. */
export function ratioOf(foreground: string, background: string, surface: string): number | undefined {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  const base = parseColor(surface);
  if (!fg || !bg || !base) return undefined;
  return contrastRatio(fg, bg, base);
}
