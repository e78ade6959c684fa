/**
 * Shared types for `@polku/cx/metrics`.
 *
 * Every result is a discriminated union on `suppressed`: when there are fewer
 * ratings than `minimumN`, the point estimate and its interval are `null` and a
 * human-readable `reason` explains why. The type system therefore forces callers
 * to handle the "too few answers to say anything" case before showing a number.
 */

/** The three survey metrics supported by this module. */
export type ScoreKind = 'nps' | 'csat' | 'ces';

/**
 * Allowed integer range for each metric's raw score.
 *
 * - NPS: 0–10 likelihood to recommend.
 * - CSAT: 1–5 satisfaction.
 * - CES: 1–7 agreement with "it was easy to handle my issue" (7 = strongly agree).
 */
export const SCALES: Readonly<Record<ScoreKind, { readonly min: number; readonly max: number }>> = Object.freeze({
  nps: Object.freeze({ min: 0, max: 10 }),
  csat: Object.freeze({ min: 1, max: 5 }),
  ces: Object.freeze({ min: 1, max: 7 }),
});

/** One survey answer. Only `score` is used for the statistics; the rest is for {@link groupBy}. */
export interface Rating {
  /** Integer on the metric's scale (see {@link SCALES}). */
  score: number;
  /** Where in the service journey the answer was collected (e.g. `'checkout'`). */
  touchpoint?: string;
  /** Service channel (e.g. `'web'`, `'phone'`, `'branch'`). */
  channel?: string;
  /** Customer segment (e.g. lifecycle stage or value tier). */
  segment?: string;
  /** Locale of the survey, e.g. `'fi'`, `'sv'`, `'en'`. */
  locale?: string;
  /** When the answer was given. Not used by the calculations. */
  createdAt?: string | Date;
}

/** A two-sided 95% confidence interval. */
export interface Interval {
  /** Lower bound, on the same scale as the estimate. */
  lower: number;
  /** Upper bound, on the same scale as the estimate. */
  upper: number;
  /** Confidence level. Fixed at 0.95 in this version. */
  level: 0.95;
}

/** The default minimum number of ratings below which a result is suppressed. */
export const DEFAULT_MINIMUM_N = 30;

/** Options shared by all metric functions. */
export interface MetricOptions {
  /**
   * Smallest sample size for which a score is reported. Below it the result is
   * `suppressed: true` with `score: null` and `ci: null`. Non-negative integer;
   * default {@link DEFAULT_MINIMUM_N} (30).
   */
  minimumN?: number;
}

/** Interval method for NPS. See `docs/adr/0003-cx-metrics-statistics.md`. */
export type NpsIntervalMethod = 'adjusted-wald' | 'wald';

/** Options for {@link nps}. */
export interface NpsOptions extends MetricOptions {
  /**
   * `'adjusted-wald'` (default): add 3/4 promoter, 3/4 detractor and 3/2 passive
   * pseudo-counts (Rocks 2016) before applying the multinomial variance.
   * `'wald'`: plain normal approximation around the observed score.
   */
  interval?: NpsIntervalMethod;
}

/** Fields present on every result whether or not it is suppressed. */
interface ResultBase {
  /** Number of ratings. */
  n: number;
  /** The `minimumN` that was applied. */
  minimumN: number;
}

/** Fields of a result whose sample was too small to report. */
interface SuppressedFields {
  suppressed: true;
  score: null;
  ci: null;
  /** Why the score is withheld, e.g. `"n = 12 is below the minimum of 30"`. */
  reason: string;
}

/** Counts of NPS categories. */
export interface NpsCounts {
  /** Scores 9–10. */
  promoters: number;
  /** Scores 7–8. */
  passives: number;
  /** Scores 0–6. */
  detractors: number;
}

/** NPS result when reported. `score` is in −100…100. */
export interface NpsReported extends ResultBase {
  kind: 'nps';
  counts: NpsCounts;
  suppressed: false;
  /** % promoters − % detractors, −100…100. */
  score: number;
  /** 95% interval for the score, clamped to −100…100. */
  ci: Interval;
  /** Standard error (in NPS points) used for `ci`. */
  standardError: number;
  /** Interval method used. */
  method: NpsIntervalMethod;
}

/** NPS result when suppressed (n below `minimumN`). */
export interface NpsSuppressed extends ResultBase, SuppressedFields {
  kind: 'nps';
  counts: NpsCounts;
  standardError: null;
  method: NpsIntervalMethod;
}

/** Result of {@link nps}. */
export type NpsResult = NpsReported | NpsSuppressed;

/** Counts per CSAT score (keys 1–5). */
export type CsatCounts = Record<1 | 2 | 3 | 4 | 5, number>;

/** CSAT result when reported. `score` is the top-2-box share (4–5) in percent. */
export interface CsatReported extends ResultBase {
  kind: 'csat';
  counts: CsatCounts;
  /** Number of 4 and 5 ratings. */
  satisfied: number;
  suppressed: false;
  /** Top-2-box share in percent, 0…100. */
  score: number;
  /** Wilson score 95% interval in percent. */
  ci: Interval;
}

/** CSAT result when suppressed. */
export interface CsatSuppressed extends ResultBase, SuppressedFields {
  kind: 'csat';
  counts: CsatCounts;
  satisfied: number;
}

/** Result of {@link csat}. */
export type CsatResult = CsatReported | CsatSuppressed;

/** Counts per CES score (keys 1–7). */
export type CesCounts = Record<1 | 2 | 3 | 4 | 5 | 6 | 7, number>;

/** Share of CES ratings that agree (5–7) the interaction was easy. */
export interface AgreementShare {
  /** Number of 5, 6 and 7 ratings. */
  agreeing: number;
  /** Share in percent, 0…100. */
  percent: number;
  /** Wilson score 95% interval in percent. */
  ci: Interval;
}

/** CES result when reported. `score` is the mean on the 1–7 scale. */
export interface CesReported extends ResultBase {
  kind: 'ces';
  counts: CesCounts;
  suppressed: false;
  /** Mean score, 1…7. */
  score: number;
  /** Student-t 95% interval for the mean (clamped to 1…7). */
  ci: Interval;
  /** Sample standard deviation (n − 1 denominator; 0 when n = 1). */
  standardDeviation: number;
  /** Degrees of freedom of the t interval (n − 1). */
  degreesOfFreedom: number;
  /** Agreement (5–7) share with its Wilson interval. */
  agreement: AgreementShare;
}

/** CES result when suppressed. */
export interface CesSuppressed extends ResultBase, SuppressedFields {
  kind: 'ces';
  counts: CesCounts;
  standardDeviation: null;
  degreesOfFreedom: null;
  agreement: null;
}

/** Result of {@link ces}. */
export type CesResult = CesReported | CesSuppressed;

/** Any metric result. */
export type MetricResult = NpsResult | CsatResult | CesResult;

/** Maps a {@link ScoreKind} to its result type. */
export type ResultFor<K extends ScoreKind> = K extends 'nps' ? NpsResult : K extends 'csat' ? CsatResult : CesResult;

/** Maps a {@link ScoreKind} to its options type. */
export type OptionsFor<K extends ScoreKind> = K extends 'nps' ? NpsOptions : MetricOptions;
