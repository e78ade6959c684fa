/**
 * `@polku/cx/metrics` — NPS, CSAT and CES with confidence intervals, small-sample
 * suppression, strict input validation, period comparison and grouping.
 *
 * Pure TypeScript: no React, no DOM. See `docs/adr/0003-cx-metrics-statistics.md`
 * for the statistical choices.
 *
 * @packageDocumentation
 */
export type {
  AgreementShare,
  CesCounts,
  CesReported,
  CesResult,
  CesSuppressed,
  CsatCounts,
  CsatReported,
  CsatResult,
  CsatSuppressed,
  Interval,
  MetricOptions,
  MetricResult,
  NpsCounts,
  NpsIntervalMethod,
  NpsOptions,
  NpsReported,
  NpsResult,
  NpsSuppressed,
  OptionsFor,
  Rating,
  ResultFor,
  ScoreKind,
} from './types';
export { DEFAULT_MINIMUM_N, SCALES } from './types';
export { MetricsInputError, type MetricsInputErrorCode } from './validate';
export { nps, NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN } from './nps';
export { csat, CSAT_SATISFIED_MIN } from './csat';
export { ces, CES_AGREE_MIN } from './ces';
export {
  compare,
  type CompareOptions,
  type Comparison,
  type ComparisonInsufficient,
  type ComparisonMeasure,
  type ComparisonReported,
  type Verdict,
} from './compare';
export { groupBy, NO_GROUP, type GroupKey } from './group';
export { studentTQuantile, wilsonInterval, Z95 } from './intervals';
