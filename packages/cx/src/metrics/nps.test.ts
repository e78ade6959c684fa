import { describe, expect, it } from 'vitest';
import { nps, npsFromCounts } from './nps';
import { ratingsOf } from './test-helpers';
import { MetricsInputError } from './validate';

describe('nps', () => {
  it('classifies 0–6 as detractors, 7–8 as passives, 9–10 as promoters', () => {
    const r = nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((score) => ({ score })), { minimumN: 0 });
    expect(r.counts).toEqual({ detractors: 7, passives: 2, promoters: 2 });
    // (2 − 7) / 11 × 100 = −45.4545…
    expect(r.score).toBeCloseTo(-45.4545, 4);
  });

  it('worked example, Wald: 50 promoters, 30 passives, 20 detractors', () => {
    // NPS = 50% − 20% = 30
    // Var = (0.5 + 0.2 − (0.5 − 0.2)²) / 100 = (0.7 − 0.09) / 100 = 0.0061
    // SE = √0.0061 = 0.078102 → 7.8102 points
    // half-width = 1.959964 × 7.8102 = 15.3078 → CI [14.692, 45.308]
    const r = nps(ratingsOf({ 10: 30, 9: 20, 8: 15, 7: 15, 6: 10, 0: 10 }), { interval: 'wald' });
    expect(r.suppressed).toBe(false);
    if (r.suppressed) return;
    expect(r.n).toBe(100);
    expect(r.counts).toEqual({ promoters: 50, passives: 30, detractors: 20 });
    expect(r.score).toBe(30);
    expect(r.standardError).toBeCloseTo(7.8102, 4);
    expect(r.ci.lower).toBeCloseTo(14.692, 3);
    expect(r.ci.upper).toBeCloseTo(45.308, 3);
    expect(r.ci.level).toBe(0.95);
    expect(r.method).toBe('wald');
  });

  it('worked example, adjusted Wald (default): same data', () => {
    // n′ = 103, p_P = 50.75/103 = 0.492718, p_D = 20.75/103 = 0.201456
    // centre = 0.291262; Var = (0.694175 − 0.291262²) / 103 = (0.694175 − 0.084834) / 103 = 0.0059159
    // SE = 0.076915 → 7.6915 points; half = 1.959964 × 7.6915 = 15.075
    // CI = 29.126 ± 15.075 = [14.051, 44.201]; the reported score stays the observed 30.
    const r = nps(ratingsOf({ 10: 50, 8: 30, 3: 20 }));
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.method).toBe('adjusted-wald');
    expect(r.score).toBe(30);
    expect(r.standardError).toBeCloseTo(7.6915, 4);
    expect(r.ci.lower).toBeCloseTo(14.051, 3);
    expect(r.ci.upper).toBeCloseTo(44.201, 3);
  });

  it('Wald collapses to zero width when everyone is a promoter; adjusted Wald does not', () => {
    const all = ratingsOf({ 10: 40 });
    const wald = nps(all, { interval: 'wald' });
    const adjusted = nps(all);
    if (wald.suppressed || adjusted.suppressed) throw new Error('unexpected suppression');
    expect(wald.ci).toEqual({ lower: 100, upper: 100, level: 0.95 });
    // n′ = 43, p_P = 40.75/43 = 0.947674, p_D = 0.75/43 = 0.017442, centre = 0.930233
    // Var = (0.965116 − 0.865333) / 43 = 0.0023205 → SE 0.048172 → half 9.4415
    // lower = 93.023 − 9.442 = 83.582; upper clamped to 100
    expect(adjusted.ci.lower).toBeCloseTo(83.582, 2);
    expect(adjusted.ci.upper).toBe(100);
  });

  it('clamps the interval to −100…100', () => {
    const r = nps(ratingsOf({ 0: 29, 10: 1 }), { interval: 'wald' });
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.ci.lower).toBe(-100);
    expect(r.ci.upper).toBeLessThan(-80);
  });

  it('with the adjusted interval, n = 1 can exclude the raw score (documented limitation)', () => {
    // centre = (1.75 − 0.75)/4 = 0.25, Var = (0.625 − 0.0625)/4 = 0.140625, SE = 0.375
    // upper = 25 + 1.959964 × 37.5 = 98.50 < 100 = observed score
    const r = nps([{ score: 10 }], { minimumN: 1 });
    if (r.suppressed) throw new Error('unexpected suppression');
    expect(r.score).toBe(100);
    expect(r.ci.upper).toBeCloseTo(98.4986, 3);
  });

  it('with the adjusted interval, every possible sample with 2 ≤ n ≤ 100 has the score inside its CI', () => {
    // Exhaustive over all (promoters, passives, detractors) splits — 176 850 cases.
    let failures = 0;
    for (let n = 2; n <= 100; n++) {
      for (let p = 0; p <= n; p++) {
        for (let d = 0; d <= n - p; d++) {
          const r = npsFromCounts({ promoters: p, passives: n - p - d, detractors: d }, 0, 'adjusted-wald');
          if (r.suppressed || r.ci.lower > r.score || r.score > r.ci.upper) failures++;
        }
      }
    }
    expect(failures).toBe(0);
  });

  describe('minimumN', () => {
    it('suppresses below the default of 30 and reports counts and a reason', () => {
      const r = nps(ratingsOf({ 10: 20, 0: 9 }));
      expect(r.suppressed).toBe(true);
      expect(r.score).toBeNull();
      expect(r.ci).toBeNull();
      expect(r.standardError).toBeNull();
      expect(r.minimumN).toBe(30);
      expect(r.n).toBe(29);
      expect(r.counts).toEqual({ promoters: 20, passives: 0, detractors: 9 });
      if (!r.suppressed) return;
      expect(r.reason).toMatch(/n = 29 is below the minimum of 30/);
    });

    it('reports at exactly minimumN', () => {
      expect(nps(ratingsOf({ 10: 30 })).suppressed).toBe(false);
      expect(nps(ratingsOf({ 10: 9 }), { minimumN: 10 }).suppressed).toBe(true);
      expect(nps(ratingsOf({ 10: 10 }), { minimumN: 10 }).suppressed).toBe(false);
    });

    it('rejects an invalid minimumN', () => {
      expect(() => nps(ratingsOf({ 10: 30 }), { minimumN: -1 })).toThrow('nps: options.minimumN = -1 must be a non-negative integer');
      expect(() => nps(ratingsOf({ 10: 30 }), { minimumN: 2.5 })).toThrow(MetricsInputError);
    });
  });

  it('rejects an unknown interval method', () => {
    // @ts-expect-error — deliberately wrong option at runtime
    expect(() => nps(ratingsOf({ 10: 30 }), { interval: 'bootstrap' })).toThrow(
      `nps: options.interval = "bootstrap" (string) must be 'adjusted-wald' or 'wald'`,
    );
  });
});
