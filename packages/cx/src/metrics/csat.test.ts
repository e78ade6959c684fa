import { describe, expect, it } from 'vitest';
import { csat } from './csat';
import { ratingsOf } from './test-helpers';

describe('csat', () => {
  it('counts per score and the top-2-box share', () => {
    const r = csat(ratingsOf({ 1: 5, 2: 5, 3: 10, 4: 30, 5: 50 }));
    expect(r.counts).toEqual({ 1: 5, 2: 5, 3: 10, 4: 30, 5: 50 });
    expect(r.n).toBe(100);
    expect(r.satisfied).toBe(80);
    expect(r.score).toBe(80);
  });

  it('Wilson interval matches a published value (Newcombe 1998: 81/263 → 0.2553–0.3662)', () => {
    // 81 satisfied (4–5) out of 263; the other 182 answered 1–3.
    const r = csat(ratingsOf({ 5: 40, 4: 41, 3: 100, 2: 50, 1: 32 }));
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.n).toBe(263);
    expect(r.score).toBeCloseTo((100 * 81) / 263, 10); // 30.80%
    expect(r.ci.lower).toBeCloseTo(25.53, 2);
    expect(r.ci.upper).toBeCloseTo(36.62, 2);
  });

  it('never gives a zero-width interval at 100%', () => {
    const r = csat(ratingsOf({ 5: 30 }));
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.score).toBe(100);
    expect(r.ci.upper).toBe(100);
    // Wilson 30/30: lower = 30 / (30 + z²) = 30 / 33.8415 = 0.88648
    expect(r.ci.lower).toBeCloseTo(88.648, 2);
  });

  it('suppresses below minimumN with score and ci null', () => {
    const r = csat(ratingsOf({ 5: 10, 1: 2 }));
    expect(r.suppressed).toBe(true);
    expect(r.score).toBeNull();
    expect(r.ci).toBeNull();
    expect(r.satisfied).toBe(10);
    if (r.suppressed) expect(r.reason).toContain('n = 12 is below the minimum of 30');
  });
});
