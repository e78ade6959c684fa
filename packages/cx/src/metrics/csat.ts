import { wilsonInterval } from './intervals';
import type { CsatCounts, CsatResult, MetricOptions, Rating } from './types';
import { resolveMinimumN, suppressionReason, validateRatings } from './validate';

/** Lowest CSAT score counted as satisfied ("top 2 box" = 4 and 5). */
export const CSAT_SATISFIED_MIN = 4;

/** Counts per CSAT score 1–5 in validated scores. */
export function countCsat(scores: ReadonlyArray<number>): CsatCounts {
  const counts: CsatCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const s of scores) counts[s as keyof CsatCounts]++;
  return counts;
}

/**
 * Customer satisfaction: the top-2-box share (ratings 4 and 5 on a 1–5 scale)
 * in percent, with a Wilson score 95% interval (in percent).
 *
 * Below `minimumN` (default 30) the result is suppressed: `score` and `ci` are
 * `null` and `reason` says why; counts are still reported.
 *
 * @throws {MetricsInputError} for an empty set or any score that is not an integer 1–5.
 */
export function csat(ratings: ReadonlyArray<Rating>, options?: MetricOptions): CsatResult {
  const scores = validateRatings('csat', ratings);
  const minimumN = resolveMinimumN('csat', options);
  return csatFromCounts(countCsat(scores), minimumN);
}

/** Builds a {@link CsatResult} from already-validated counts. */
export function csatFromCounts(counts: CsatCounts, minimumN: number): CsatResult {
  const n = counts[1] + counts[2] + counts[3] + counts[4] + counts[5];
  const satisfied = counts[4] + counts[5];
  if (n < minimumN) {
    return {
      kind: 'csat',
      n,
      counts,
      satisfied,
      minimumN,
      suppressed: true,
      score: null,
      ci: null,
      reason: suppressionReason(n, minimumN),
    };
  }
  const w = wilsonInterval(satisfied, n);
  return {
    kind: 'csat',
    n,
    counts,
    satisfied,
    minimumN,
    suppressed: false,
    score: (100 * satisfied) / n,
    ci: { lower: 100 * w.lower, upper: 100 * w.upper, level: 0.95 },
  };
}
