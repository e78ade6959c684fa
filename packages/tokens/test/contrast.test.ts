import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, formatRatio, parseHex, relativeLuminance } from '../src/contrast.mjs';

describe('WCAG contrast maths', () => {
  it('black on white is 21:1 and identical colours are 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#6e7781', '#6e7781')).toBeCloseTo(1, 10);
  });

  it('matches well-known reference ratios', () => {
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.48');
    expect(contrastRatio('#777', '#fff')).toBeLessThan(4.5);
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54');
    expect(formatRatio(contrastRatio('#2563eb', '#ffffff'))).toBe('5.17');
    expect(formatRatio(contrastRatio('#595959', '#ffffff'))).toBe('7.00');
  });

  it('computes relative luminance per WCAG 2.2', () => {
    expect(relativeLuminance(parseHex('#ffffff'))).toBeCloseTo(1, 10);
    expect(relativeLuminance(parseHex('#000000'))).toBe(0);
    expect(relativeLuminance(parseHex('#808080'))).toBeCloseTo(0.2158605, 6);
  });

  it('composites translucent colours before measuring', () => {
    const halfBlack = { r: 0, g: 0, b: 0, a: 0.5 };
    const white = parseHex('#ffffff');
    const mixed = composite(halfBlack, white);
    expect(mixed.r).toBeCloseTo(0.5, 10);
    // 50% black over white is #808080: same ratio as the opaque mid grey.
    expect(contrastRatio(halfBlack, white)).toBeCloseTo(contrastRatio({ r: 0.5, g: 0.5, b: 0.5, a: 1 }, white), 10);
    // A translucent background is composited over the base (default: white; here: black).
    const wash = { r: 1, g: 1, b: 1, a: 0.08 };
    expect(contrastRatio('#ffffff', wash)).toBeCloseTo(1, 10);
    expect(contrastRatio('#ffffff', wash, '#000000')).toBeGreaterThan(15);
    expect(contrastRatio('#ffffff', wash, '#000000')).toBeLessThan(21);
  });

  it('never rounds a failing ratio up to its minimum', () => {
    expect(formatRatio(4.497, 4.5)).toBe('4.497');
    expect(formatRatio(4.497)).toBe('4.50');
    expect(formatRatio(3.001, 3)).toBe('3.00');
  });
});
