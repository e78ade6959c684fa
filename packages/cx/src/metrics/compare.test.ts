import { describe, expect, it } from 'vitest';
import { ces } from './ces';
import { compare } from './compare';
import { csat } from './csat';
import { nps } from './nps';
import { ratingsOf } from './test-helpers';
import type { Rating } from './types';
import { MetricsInputError } from './validate';

const scores = (xs: number[]): Rating[] => xs.map((score) => ({ score }));

describe('compare', () => {
  it('a 3-point monthly NPS swing with n = 200 per month is noise', () => {
    // A: 100 P, 60 Pa, 40 D → 30;  B: 106 P, 54 Pa, 40 D → 33
    // Var_A = (0.5 + 0.2 − 0.09)/200 = 0.00305; Var_B = (0.53 + 0.2 − 0.1089)/200 = 0.0031055
    // SE = √0.0061555 = 0.078457 → half = 15.377 points → 3 ± 15.4 = [−12.38, 18.38]
    const a = nps(ratingsOf({ 10: 100, 8: 60, 0: 40 }), { interval: 'wald' });
    const b = nps(ratingsOf({ 10: 106, 8: 54, 0: 40 }), { interval: 'wald' });
    const c = compare(a, b);
    expect(c.difference).toBe(3);
    expect(c.ci!.lower).toBeCloseTo(-12.377, 2);
    expect(c.ci!.upper).toBeCloseTo(18.377, 2);
    expect(c.significant).toBe(false);
    expect(c.verdict).toBe('no-significant-change');
    // Same conclusion with the default adjusted interval.
    expect(compare(nps(ratingsOf({ 10: 100, 8: 60, 0: 40 })), nps(ratingsOf({ 10: 106, 8: 54, 0: 40 }))).verdict).toBe(
      'no-significant-change',
    );
  });

  it('a 40-point NPS rise with n = 200 is significant', () => {
    // A: 70 P, 80 Pa, 50 D → 10;  B: 120 P, 60 Pa, 20 D → 50
    // Var_A = (0.35 + 0.25 − 0.01)/200 = 0.00295; Var_B = (0.6 + 0.1 − 0.25)/200 = 0.00225
    // SE = √0.0052 = 0.072111 → half = 14.134 → 40 ± 14.1 = [25.87, 54.13]
    const a = nps(ratingsOf({ 10: 70, 8: 80, 0: 50 }), { interval: 'wald' });
    const b = nps(ratingsOf({ 10: 120, 8: 60, 0: 20 }), { interval: 'wald' });
    const c = compare(a, b);
    expect(c.difference).toBe(40);
    expect(c.ci!.lower).toBeCloseTo(25.866, 2);
    expect(c.ci!.upper).toBeCloseTo(54.134, 2);
    expect(c).toMatchObject({ significant: true, verdict: 'improved', method: 'nps-wald', measure: 'nps' });
    expect(compare(b, a)).toMatchObject({ difference: -40, significant: true, verdict: 'declined' });
  });

  it('CSAT uses Newcombe’s interval on the top-2-box difference (published 56/70 vs 48/80)', () => {
    const a = csat(ratingsOf({ 5: 48, 2: 32 })); // 48/80 = 60%
    const b = csat(ratingsOf({ 4: 56, 1: 14 })); // 56/70 = 80%
    const c = compare(a, b);
    expect(c.difference).toBeCloseTo(20, 10);
    expect(c.ci!.lower).toBeCloseTo(5.24, 2);
    expect(c.ci!.upper).toBeCloseTo(33.39, 2);
    expect(c).toMatchObject({ significant: true, verdict: 'improved', method: 'newcombe-hybrid-score' });
  });

  it('CES mean uses Welch’s t (hand computation)', () => {
    // A = 5,6,7,5,6: mean 5.8, s² = 0.7;  B = 3,4,5,4,3,4: mean 3.8333, s² = 0.566667
    // SE = √(0.14 + 0.094444) = 0.484194; df = 8.2232; t(0.975, 8.2232) ≈ 2.2951
    // d = −1.966667, half = 1.111299 → [−3.077966, −0.855368]
    const a = ces(scores([5, 6, 7, 5, 6]), { minimumN: 2 });
    const b = ces(scores([3, 4, 5, 4, 3, 4]), { minimumN: 2 });
    const c = compare(a, b);
    expect(c.difference).toBeCloseTo(-1.966667, 5);
    expect(c.ci!.lower).toBeCloseTo(-3.077966, 4);
    expect(c.ci!.upper).toBeCloseTo(-0.855368, 4);
    expect(c).toMatchObject({ significant: true, verdict: 'declined', method: 'welch-t', measure: 'mean' });
  });

  it('CES can compare the agreement share instead', () => {
    const a = ces(ratingsOf({ 7: 20, 2: 20 }));
    const b = ces(ratingsOf({ 6: 21, 3: 19 }));
    const c = compare(a, b, { measure: 'agreement' });
    expect(c.measure).toBe('agreement');
    expect(c.difference).toBeCloseTo(2.5, 10);
    expect(c.verdict).toBe('no-significant-change');
  });

  it('identical periods are never a significant change', () => {
    const r = nps(ratingsOf({ 10: 40, 7: 10, 2: 30 }));
    expect(compare(r, r)).toMatchObject({ difference: 0, significant: false, verdict: 'no-significant-change' });
  });

  it('insufficient-data when either period is suppressed', () => {
    const big = nps(ratingsOf({ 10: 40 }));
    const small = nps(ratingsOf({ 0: 10 }));
    const c = compare(big, small);
    expect(c).toMatchObject({ verdict: 'insufficient-data', significant: false, difference: null, ci: null });
    if (c.verdict === 'insufficient-data') expect(c.reason).toContain('period B: n = 10 is below the minimum of 30');
  });

  it('rejects comparing different metrics or NPS interval methods', () => {
    const n = nps(ratingsOf({ 10: 40 }));
    const s = csat(ratingsOf({ 5: 40 }));
    expect(() => compare(n, s as never)).toThrow('compare: cannot compare nps with csat; both periods must be the same metric');
    expect(() => compare(n, nps(ratingsOf({ 10: 40 }), { interval: 'wald' }))).toThrow(MetricsInputError);
    expect(() => compare({} as never, n)).toThrow('compare: periodA is not a metric result');
  });
});
