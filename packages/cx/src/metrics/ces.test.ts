import { describe, expect, it } from 'vitest';
import { ces } from './ces';
import { ratingsOf } from './test-helpers';

describe('ces', () => {
  it('mean with a t interval and agreement share, checked by hand', () => {
    // scores 7,6,6,5,5,5,4,3,7,6: sum 54, mean 5.4
    // squared deviations: 2.56,0.36,0.36,0.16,0.16,0.16,1.96,5.76,2.56,0.36 = 14.4
    // s² = 14.4/9 = 1.6, s = 1.264911, SE = s/√10 = 0.4
    // t(0.975, 9) = 2.262157 → half = 0.904863 → CI [4.495137, 6.304863]
    // agreement (5–7): 8/10 = 80%, Wilson [49.0162%, 94.3318%]
    const r = ces([7, 6, 6, 5, 5, 5, 4, 3, 7, 6].map((score) => ({ score })), { minimumN: 10 });
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.counts).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 3, 6: 3, 7: 2 });
    expect(r.score).toBeCloseTo(5.4, 12);
    expect(r.standardDeviation).toBeCloseTo(1.264911, 6);
    expect(r.degreesOfFreedom).toBe(9);
    expect(r.ci.lower).toBeCloseTo(4.495137, 5);
    expect(r.ci.upper).toBeCloseTo(6.304863, 5);
    expect(r.agreement.agreeing).toBe(8);
    expect(r.agreement.percent).toBe(80);
    expect(r.agreement.ci.lower).toBeCloseTo(49.0162, 3);
    expect(r.agreement.ci.upper).toBeCloseTo(94.3318, 3);
  });

  it('uses the normal-like t for large n', () => {
    // 60 × 7 and 60 × 1: mean 4, s² = 120·9/119 = 9.07563, s = 3.012579
    // SE = 3.012579/√120 = 0.275010; t(0.975,119) = 1.980100 → half 0.544547
    const r = ces(ratingsOf({ 7: 60, 1: 60 }));
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.score).toBe(4);
    expect(r.ci.upper - r.score).toBeCloseTo(0.544547, 4);
    expect(r.agreement.percent).toBe(50);
  });

  it('n = 1 gives the whole scale as interval (t undefined with df = 0)', () => {
    const r = ces([{ score: 6 }], { minimumN: 1 });
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.ci).toEqual({ lower: 1, upper: 7, level: 0.95 });
  });

  it('suppresses below minimumN', () => {
    const r = ces(ratingsOf({ 6: 29 }));
    expect(r).toMatchObject({ suppressed: true, score: null, ci: null, agreement: null, n: 29, minimumN: 30 });
  });
});
