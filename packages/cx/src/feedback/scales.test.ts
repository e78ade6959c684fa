import { describe, expect, it } from 'vitest';
import { describeNonStandardScale, isUnhappy, scaleValues } from './scales';
import { redactPersonalData } from './redact';
import { scaleKeyTarget } from './useScale';

describe('scales', () => {
  it('knows the unhappy answers of each kind', () => {
    expect([0, 6, 7].map((s) => isUnhappy('nps', s))).toEqual([true, true, false]);
    expect([2, 3].map((s) => isUnhappy('csat', s))).toEqual([true, false]);
    expect([3, 4].map((s) => isUnhappy('ces', s))).toEqual([true, false]);
    expect([0, 1].map((s) => isUnhappy('helpful', s))).toEqual([true, false]);
  });

  it('describes non-standard scales', () => {
    expect(describeNonStandardScale('nps', { min: 0, max: 10 })).toBeNull();
    expect(describeNonStandardScale('nps', { min: 1, max: 10 })).toMatch(/differs from the standard 0–10/);
    expect(describeNonStandardScale('csat', { min: 1, max: 5, reversed: true })).toMatch(/reversed/);
    expect(scaleValues({ min: 1, max: 3, reversed: true })).toEqual([3, 2, 1]);
  });

  it('moves with arrows (mirrored in RTL), wraps, and jumps with Home/End', () => {
    expect(scaleKeyTarget('ArrowRight', 0, 5, false)).toBe(1);
    expect(scaleKeyTarget('ArrowRight', 0, 5, true)).toBe(4);
    expect(scaleKeyTarget('ArrowLeft', 0, 5, true)).toBe(1);
    expect(scaleKeyTarget('ArrowDown', 4, 5, false)).toBe(0);
    expect(scaleKeyTarget('ArrowUp', 2, 5, true)).toBe(1);
    expect(scaleKeyTarget('Home', 3, 5, false)).toBe(0);
    expect(scaleKeyTarget('End', 0, 5, false)).toBe(4);
    expect(scaleKeyTarget('a', 0, 5, false)).toBeNull();
  });
});

describe('redactPersonalData', () => {
  it('removes e-mail addresses and phone numbers but keeps ordinary numbers', () => {
    expect(redactPersonalData('Mail aino.virtanen@example.fi or call +358 40 123 4567.')).toBe('Mail [email] or call [phone].');
    expect(redactPersonalData('Soita 040-1234567')).toBe('Soita [phone]');
    expect(redactPersonalData('Order 12345 took 3 days, cost 49.90')).toBe('Order 12345 took 3 days, cost 49.90');
  });
});
