import { clamp, t95, wilsonInterval } from './intervals';
import type { CesCounts, CesResult, MetricOptions, Rating } from './types';
import { resolveMinimumN, suppressionReason, validateRatings } from './validate';

/** Lowest CES score counted as agreeing that the interaction was easy (5–7). */
export const CES_AGREE_MIN = 5;

/** Counts per CES score 1–7 in validated scores. */
export function countCes(scores: ReadonlyArray<number>): CesCounts {
  const counts: CesCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 };
  for (const s of scores) counts[s as keyof CesCounts]++;
  return counts;
}

const CES_VALUES = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Mean and sample variance (n − 1 denominator; 0 when n = 1) from CES counts.
 * Two-pass over the 7 categories, so it is exact up to floating point.
 */
export function cesMoments(counts: CesCounts): { n: number; mean: number; variance: number } {
  let n = 0;
  let sum = 0;
  for (const v of CES_VALUES) {
    n += counts[v];
    sum += v * counts[v];
  }
  const mean = n > 0 ? sum / n : NaN;
  let ss = 0;
  for (const v of CES_VALUES) ss += counts[v] * (v - mean) ** 2;
  return { n, mean, variance: n > 1 ? ss / (n - 1) : 0 };
}

/**
 * Customer Effort Score on the 1–7 agreement scale ("the company made it easy
 * to handle my issue", 7 = strongly agree; higher is better).
 *
 * Reports the mean with a Student-t 95% interval (df = n − 1; clamped to 1–7)
 * and the agreement share (5–7) in percent with a Wilson 95% interval.
 * With n = 1 the t interval is undefined, so it spans the whole scale 1–7.
 * If every rating is identical the sample SD is 0 and the t interval has zero
 * width — use the agreement share's Wilson interval in that case.
 *
 * Below `minimumN` (default 30) the result is suppressed: `score`, `ci` and
 * `agreement` are `null` and `reason` says why; counts are still reported.
 *
 * @throws {MetricsInputError} for an empty set or any score that is not an integer 1–7.
 */
export function ces(ratings: ReadonlyArray<Rating>, options?: MetricOptions): CesResult {
  const scores = validateRatings('ces', ratings);
  const minimumN = resolveMinimumN('ces', options);
  return cesFromCounts(countCes(scores), minimumN);
}

/** Builds a {@link CesResult} from already-validated counts. */
export function cesFromCounts(counts: CesCounts, minimumN: number): CesResult {
  const { n, mean, variance } = cesMoments(counts);
  if (n < minimumN) {
    return {
      kind: 'ces',
      n,
      counts,
      minimumN,
      suppressed: true,
      score: null,
      ci: null,
      standardDeviation: null,
      degreesOfFreedom: null,
      agreement: null,
      reason: suppressionReason(n, minimumN),
    };
  }
  const sd = Math.sqrt(variance);
  const df = n - 1;
  let lower = 1;
  let upper = 7;
  if (df >= 1) {
    const half = t95(df) * (sd / Math.sqrt(n));
    lower = clamp(mean - half, 1, 7);
    upper = clamp(mean + half, 1, 7);
  }
  const agreeing = counts[5] + counts[6] + counts[7];
  const w = wilsonInterval(agreeing, n);
  return {
    kind: 'ces',
    n,
    counts,
    minimumN,
    suppressed: false,
    score: mean,
    ci: { lower, upper, level: 0.95 },
    standardDeviation: sd,
    degreesOfFreedom: df,
    agreement: {
      agreeing,
      percent: (100 * agreeing) / n,
      ci: { lower: 100 * w.lower, upper: 100 * w.upper, level: 0.95 },
    },
  };
}
