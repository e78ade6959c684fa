import { describe, expect, it } from 'vitest';
import { newcombeDifference, studentTCdf, studentTQuantile, t95, welchDegreesOfFreedom, wilsonInterval, Z95 } from './intervals';

describe('Student t quantile', () => {
  // Two-sided 95% critical values t(0.975, df) from standard printed t tables
  // (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
  const table: Array<[number, number]> = [
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [10, 2.228],
    [20, 2.086],
    [29, 2.045],
    [30, 2.042],
    [60, 2.0],
    [100, 1.984],
  ];
  it.each(table)('t(0.975, %i) = %f to 3 decimals', (df, expected) => {
    expect(t95(df)).toBeCloseTo(expected, 3);
  });

  it('tends to the normal quantile for large df', () => {
    expect(t95(1e7)).toBeCloseTo(Z95, 5);
  });

  it('is the inverse of the CDF, including fractional df (Welch)', () => {
    for (const df of [1, 2.5, 8.2232, 47.3]) {
      for (const p of [0.6, 0.9, 0.975, 0.995]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
      }
    }
  });

  it('has the exact closed form for df = 1 (Cauchy: q = tan(π(p − ½)))', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 8);
  });

  it('rejects invalid arguments', () => {
    expect(() => studentTQuantile(0.3, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('Wilson score interval', () => {
  // Published values: R. G. Newcombe (1998), "Two-sided confidence intervals for
  // the single proportion: comparison of seven methods", Statistics in Medicine
  // 17:857–872, Table II, method 3 (score interval without continuity correction).
  const published: Array<[number, number, number, number]> = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  it.each(published)('%i/%i → [%f, %f]', (x, n, lo, hi) => {
    const w = wilsonInterval(x, n);
    expect(w.lower).toBeCloseTo(lo, 4);
    expect(w.upper).toBeCloseTo(hi, 4);
  });

  it('hand computation for 8/10', () => {
    // p = 0.8, z² = 3.8415, z²/n = 0.38415
    // centre = (0.8 + 3.8415/20) / 1.38415 = 0.992073 / 1.384146 = 0.716740
    // half   = (1.959964 / 1.384146) · √(0.16/10 + 3.8415/400)
    //        = 1.416009 · √(0.016 + 0.009604) = 1.416009 · 0.160012 = 0.226578
    // → [0.490162, 0.943318]
    const w = wilsonInterval(8, 10);
    expect(w.lower).toBeCloseTo(0.490162, 5);
    expect(w.upper).toBeCloseTo(0.943318, 5);
  });

  it('stays inside [0, 1] and hits the boundary exactly at 0% and 100%', () => {
    expect(wilsonInterval(0, 5).lower).toBe(0);
    expect(wilsonInterval(5, 5).upper).toBe(1);
    expect(wilsonInterval(5, 5).lower).toBeGreaterThan(0.5);
  });
});

describe('Newcombe hybrid score difference', () => {
  // Published: R. G. Newcombe (1998), "Interval estimation for the difference
  // between independent proportions: comparison of eleven methods", Statistics in
  // Medicine 17:873–890, Table II, method 10 (hybrid score, no continuity correction):
  //   (a) 56/70 − 48/80 = 0.2000, interval 0.0524 to 0.3339
  //   (b)  9/10 −  3/10 = 0.6000, interval 0.1705 to 0.8090
  it('56/70 − 48/80 → 0.2000 [0.0524, 0.3339]', () => {
    const d = newcombeDifference(48, 80, 56, 70); // p2 − p1 with p2 = 56/70
    expect(d.difference).toBeCloseTo(0.2, 10);
    expect(d.lower).toBeCloseTo(0.0524, 4);
    expect(d.upper).toBeCloseTo(0.3339, 4);
  });
  it('9/10 − 3/10 → 0.6000 [0.1705, 0.8090]', () => {
    const d = newcombeDifference(3, 10, 9, 10);
    expect(d.difference).toBeCloseTo(0.6, 10);
    expect(d.lower).toBeCloseTo(0.1705, 4);
    expect(d.upper).toBeCloseTo(0.809, 4);
  });
});

describe('Welch–Satterthwaite df', () => {
  it('matches the hand computation', () => {
    // v1/n1 = 0.7/5 = 0.14, v2/n2 = 0.566667/6 = 0.094444
    // df = 0.234444² / (0.14²/4 + 0.094444²/5) = 0.054964 / 0.006684 = 8.2232
    expect(welchDegreesOfFreedom(0.7, 5, 0.85 / 1.5, 6)).toBeCloseTo(8.2232, 3);
  });
  it('falls back to n1 + n2 − 2 when both variances are zero', () => {
    expect(welchDegreesOfFreedom(0, 10, 0, 12)).toBe(20);
  });
});
