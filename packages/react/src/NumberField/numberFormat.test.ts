import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFormatter, parseNumber, stepNumber } from './numberFormat';

const fi = numberFormatter('fi', { format: 'decimal', maximumFractionDigits: 2 });
const sv = numberFormatter('sv', { format: 'decimal', maximumFractionDigits: 2 });
const en = numberFormatter('en', { format: 'decimal', maximumFractionDigits: 2 });

describe('parseNumber', () => {
  it('reads Finnish and Swedish numbers as people type them', () => {
    for (const formatter of [fi, sv]) {
      expect(parseNumber('1 234,5', formatter).value).toBe(1234.5);
      expect(parseNumber('1\u00a0234,50', formatter).value).toBe(1234.5);
      expect(parseNumber('1234,5', formatter).value).toBe(1234.5);
      expect(parseNumber('1234.5', formatter).value).toBe(1234.5);
      expect(parseNumber('−12', formatter).value).toBe(-12);
      expect(parseNumber('-0,25', formatter).value).toBe(-0.25);
      expect(parseNumber('12,', formatter).value).toBe(12);
      expect(parseNumber(',5', formatter).value).toBe(0.5);
    }
  });

  it('reads English numbers with grouping commas only in groups of three', () => {
    expect(parseNumber('1,234.5', en).value).toBe(1234.5);
    expect(parseNumber('1234.5', en).value).toBe(1234.5);
    expect(parseNumber('1,5', en)).toEqual({ value: null, invalid: true });
    expect(parseNumber('12,34,567', en)).toEqual({ value: null, invalid: true });
  });

  it('says invalid for text that is not a number, and empty for nothing', () => {
    for (const text of ['abc', '1,2,3', '12e3', '--1', '1 2x', ',', '1.2.3']) {
      expect(parseNumber(text, fi), text).toEqual({ value: null, invalid: true });
    }
    expect(parseNumber('   ', fi)).toEqual({ value: null, invalid: false });
  });

  it('reads currency and percent with or without their signs; percent as a fraction', () => {
    const eur = numberFormatter('fi', { format: 'currency', currency: 'EUR' });
    expect(parseNumber('1 234,50 €', eur).value).toBe(1234.5);
    expect(parseNumber('1234,5', eur).value).toBe(1234.5);
    expect(parseNumber('12 EUR', eur).value).toBe(12);
    const usd = numberFormatter('en', { format: 'currency', currency: 'USD' });
    expect(parseNumber('$1,234.50', usd).value).toBe(1234.5);
    const percent = numberFormatter('fi', { format: 'percent', maximumFractionDigits: 1 });
    expect(parseNumber('15 %', percent).value).toBe(0.15);
    expect(parseNumber('2,5', percent).value).toBe(0.025);
  });

  it('reads back whatever it formats, in every locale and style', () => {
    const formatters = ['fi', 'sv', 'en'].flatMap((locale) => [
      numberFormatter(locale as 'fi', { format: 'decimal', maximumFractionDigits: 2 }),
      numberFormatter(locale as 'fi', { format: 'currency', currency: 'EUR' }),
    ]);
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), fc.nat({ max: formatters.length - 1 }), (cents, which) => {
        const formatter = formatters[which]!;
        const value = cents / 100;
        expect(parseNumber(formatter.format(value), formatter).value).toBe(value);
      }),
    );
  });
});

describe('stepNumber', () => {
  it('steps without floating-point noise and stays within min and max', () => {
    expect(stepNumber(0.1, 0.2)).toBe(0.3);
    expect(stepNumber(9, 5, 0, 10)).toBe(10);
    expect(stepNumber(1, -5, 0, 10)).toBe(0);
    expect(stepNumber(null, 1, 5)).toBe(5);
    expect(stepNumber(null, -1, 0, 10)).toBe(10);
  });
});
