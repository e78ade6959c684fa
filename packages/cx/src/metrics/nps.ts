import { clamp, Z95 } from './intervals';
import type { NpsCounts, NpsIntervalMethod, NpsOptions, NpsResult, Rating } from './types';
import { MetricsInputError, describeValue, resolveMinimumN, suppressionReason, validateRatings } from './validate';

/** Promoters answer 9–10. */
export const NPS_PROMOTER_MIN = 9;
/** Detractors answer 0–6. */
export const NPS_DETRACTOR_MAX = 6;

/** Counts promoters (9–10), passives (7–8) and detractors (0–6) in validated scores. */
export function countNps(scores: ReadonlyArray<number>): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const s of scores) {
    if (s >= NPS_PROMOTER_MIN) counts.promoters++;
    else if (s <= NPS_DETRACTOR_MAX) counts.detractors++;
    else counts.passives++;
  }
  return counts;
}

/**
 * Centre and variance of the NPS estimator on the −1…1 scale.
 *
 * With p_P, p_D the promoter and detractor shares of an effective sample n′,
 * Var(p̂_P − p̂_D) = (p_P + p_D − (p_P − p_D)²) / n′ (multinomial).
 *
 * - `'wald'`: p from the observed counts, n′ = n; centre = observed NPS.
 * - `'adjusted-wald'`: add 3/4 promoter, 3/4 detractor and 3/2 passive
 *   pseudo-counts, n′ = n + 3 (Rocks 2016); centre is the adjusted NPS, which
 *   is pulled slightly towards 0.
 */
export function npsEstimator(counts: NpsCounts, method: NpsIntervalMethod): { centre: number; variance: number } {
  const n = counts.promoters + counts.passives + counts.detractors;
  const add = method === 'adjusted-wald' ? 0.75 : 0;
  const nEff = n + 4 * add; // +3 for adjusted-wald (0.75 + 0.75 + 1.5)
  const pP = (counts.promoters + add) / nEff;
  const pD = (counts.detractors + add) / nEff;
  const centre = pP - pD;
  // Guard against tiny negative values from floating-point cancellation.
  const variance = Math.max(0, (pP + pD - centre * centre) / nEff);
  return { centre, variance };
}

/**
 * Reads `options.interval` (default `'adjusted-wald'`).
 *
 * @throws {MetricsInputError} for any other value.
 */
export function resolveNpsMethod(options: NpsOptions | undefined): NpsIntervalMethod {
  const method = options?.interval ?? 'adjusted-wald';
  if (method !== 'adjusted-wald' && method !== 'wald') {
    throw new MetricsInputError(`nps: options.interval = ${describeValue(method)} must be 'adjusted-wald' or 'wald'`, {
      code: 'invalid-option',
      kind: 'nps',
      value: method,
    });
  }
  return method;
}

/**
 * Net Promoter Score of 0–10 "likelihood to recommend" ratings.
 *
 * score = 100 × (promoters − detractors) / n, in −100…100, with a 95%
 * normal-approximation interval from the multinomial variance, clamped to
 * −100…100. The default interval is the adjusted Wald (see
 * {@link NpsOptions.interval} and ADR 0003); pass `{ interval: 'wald' }` for the
 * plain Wald interval centred on the score.
 *
 * Below `minimumN` (default 30) the result is suppressed: `score` and `ci` are
 * `null` and `reason` says why; counts are still reported.
 *
 * @throws {MetricsInputError} for an empty set or any score that is not an integer 0–10.
 * @example
 * nps([{ score: 10 }, { score: 3 }, ...], { minimumN: 30 })
 */
export function nps(ratings: ReadonlyArray<Rating>, options?: NpsOptions): NpsResult {
  const scores = validateRatings('nps', ratings);
  const minimumN = resolveMinimumN('nps', options);
  const method = resolveNpsMethod(options);
  return npsFromCounts(countNps(scores), minimumN, method);
}

/** Builds an {@link NpsResult} from already-validated counts. */
export function npsFromCounts(counts: NpsCounts, minimumN: number, method: NpsIntervalMethod): NpsResult {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n < minimumN) {
    return {
      kind: 'nps',
      n,
      counts,
      minimumN,
      method,
      suppressed: true,
      score: null,
      ci: null,
      standardError: null,
      reason: suppressionReason(n, minimumN),
    };
  }
  const score = (100 * (counts.promoters - counts.detractors)) / n;
  const { centre, variance } = npsEstimator(counts, method);
  const se = Math.sqrt(variance);
  const half = Z95 * se;
  return {
    kind: 'nps',
    n,
    counts,
    minimumN,
    method,
    suppressed: false,
    score,
    ci: { lower: clamp(100 * (centre - half), -100, 100), upper: clamp(100 * (centre + half), -100, 100), level: 0.95 },
    standardError: 100 * se,
  };
}
