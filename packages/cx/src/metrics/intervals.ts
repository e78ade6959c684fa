/**
 * Small, dependency-free statistics helpers used by the metric functions.
 * All intervals are two-sided 95%.
 */

/** Standard-normal 0.975 quantile (two-sided 95%), z = Φ⁻¹(0.975). */
export const Z95 = 1.959963984540054;

/** Clamps `x` into `[min, max]`. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** A plain `[lower, upper]` pair on the proportion (0…1) or raw scale. */
export interface Bounds {
  /** Lower bound. */
  lower: number;
  /** Upper bound. */
  upper: number;
}

/**
 * Wilson score interval for a binomial proportion (Wilson 1927), 95%.
 *
 * centre = (p̂ + z²/2n) / (1 + z²/n),
 * half   = z / (1 + z²/n) · √( p̂(1 − p̂)/n + z²/4n² ).
 *
 * Unlike the Wald interval it never collapses to zero width at 0% or 100% and
 * stays inside [0, 1]. Returned on the 0…1 scale.
 *
 * @param successes number of "yes" outcomes, 0 ≤ successes ≤ n
 * @param n number of trials, n ≥ 1
 */
export function wilsonInterval(successes: number, n: number): Bounds {
  if (!(n >= 1) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: need 0 ≤ successes ≤ n and n ≥ 1, got ${successes}/${n}`);
  }
  const z2 = Z95 * Z95;
  const p = successes / n;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact endpoints at the boundaries avoid tiny floating-point excursions.
  const lower = successes === 0 ? 0 : clamp(centre - half, 0, 1);
  const upper = successes === n ? 1 : clamp(centre + half, 0, 1);
  return { lower, upper };
}

/**
 * Newcombe's hybrid score interval (Newcombe 1998, method 10) for the
 * difference of two independent proportions p₂ − p₁, built from the two
 * Wilson intervals. 95%, on the −1…1 scale.
 */
export function newcombeDifference(successes1: number, n1: number, successes2: number, n2: number): Bounds & { difference: number } {
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const w1 = wilsonInterval(successes1, n1);
  const w2 = wilsonInterval(successes2, n2);
  const d = p2 - p1;
  const lower = d - Math.sqrt((p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2);
  const upper = d + Math.sqrt((w2.upper - p2) ** 2 + (p1 - w1.lower) ** 2);
  return { difference: d, lower: clamp(lower, -1, 1), upper: clamp(upper, -1, 1) };
}

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9; ~15 significant digits). */
export function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) {
    // Reflection formula.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  }
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const EPS = 1e-15;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(lnFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * Cumulative distribution function of Student's t with `df` degrees of
 * freedom (df > 0, need not be an integer — Welch uses fractional df).
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be > 0, got ${df}`);
  if (t === 0) return 0.5;
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Quantile of Student's t: the value q with P(T ≤ q) = p, for 0.5 ≤ p < 1 and
 * df > 0. Found by bisection on {@link studentTCdf} to ~1e-12, so it is as
 * accurate as the CDF (≈ 1e-10 relative) for any df, integer or not.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0.5 && p < 1)) throw new RangeError(`studentTQuantile: p must be in [0.5, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e12) return Infinity;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Two-sided 95% critical value of Student's t, t₀.₉₇₅(df). */
export function t95(df: number): number {
  return studentTQuantile(0.975, df);
}

/**
 * Welch–Satterthwaite degrees of freedom for two independent samples with
 * variances `v1`, `v2` and sizes `n1`, `n2` (each n ≥ 2).
 * If both variances are 0 the formula is 0/0; we return n1 + n2 − 2.
 */
export function welchDegreesOfFreedom(v1: number, n1: number, v2: number, n2: number): number {
  const a = v1 / n1;
  const b = v2 / n2;
  if (a + b === 0) return n1 + n2 - 2;
  return (a + b) ** 2 / ((a * a) / (n1 - 1) + (b * b) / (n2 - 1));
}
