import { cesMoments } from './ces';
import { clamp, newcombeDifference, t95, welchDegreesOfFreedom, Z95 } from './intervals';
import { npsEstimator } from './nps';
import type { CesResult, CsatResult, Interval, MetricResult, NpsResult, ScoreKind } from './types';
import { MetricsInputError, describeValue } from './validate';

/** Outcome of a {@link compare}. Higher is better for every metric, so a significant rise is `'improved'`. */
export type Verdict = 'improved' | 'declined' | 'no-significant-change' | 'insufficient-data';

/** What is being compared. */
export type ComparisonMeasure = 'nps' | 'top-2-box' | 'mean' | 'agreement';

/** Options for {@link compare}. */
export interface CompareOptions {
  /** For CES only: compare the mean (Welch, default) or the agreement share (5–7). */
  measure?: 'mean' | 'agreement';
}

interface ComparisonBase {
  /** Metric of both periods. */
  kind: ScoreKind;
  /** Quantity compared. */
  measure: ComparisonMeasure;
  /** Statistical method used for the interval. */
  method: 'nps-adjusted-wald' | 'nps-wald' | 'newcombe-hybrid-score' | 'welch-t';
}

/** A comparison of two reported results. */
export interface ComparisonReported extends ComparisonBase {
  /**
   * periodB − periodA, in the measure's units: NPS points, percentage points
   * (CSAT, CES agreement) or scale points (CES mean).
   */
  difference: number;
  /** 95% interval for the difference. */
  ci: Interval;
  /** True when the 95% interval excludes 0. */
  significant: boolean;
  verdict: 'improved' | 'declined' | 'no-significant-change';
}

/** A comparison where at least one period was suppressed or too small. */
export interface ComparisonInsufficient extends ComparisonBase {
  difference: null;
  ci: null;
  significant: false;
  verdict: 'insufficient-data';
  /** Why no comparison could be made. */
  reason: string;
}

/** Result of {@link compare}. */
export type Comparison = ComparisonReported | ComparisonInsufficient;

function finish(base: ComparisonBase, difference: number, lower: number, upper: number): ComparisonReported {
  const significant = lower > 0 || upper < 0;
  const verdict = !significant ? 'no-significant-change' : difference > 0 ? 'improved' : 'declined';
  return { ...base, difference, ci: { lower, upper, level: 0.95 }, significant, verdict };
}

function insufficient(base: ComparisonBase, reason: string): ComparisonInsufficient {
  return { ...base, difference: null, ci: null, significant: false, verdict: 'insufficient-data', reason };
}

const KINDS: ReadonlyArray<ScoreKind> = ['nps', 'csat', 'ces'];

function assertResult(value: unknown, label: string): asserts value is MetricResult {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (typeof value !== 'object' || value === null || !KINDS.includes(kind as ScoreKind)) {
    throw new MetricsInputError(`compare: ${label} is not a metric result (got ${describeValue(value)})`, {
      code: 'incompatible-results',
      value,
    });
  }
}

/**
 * Compares two periods (or segments) of the same metric: is the change from
 * `periodA` to `periodB` larger than sampling noise?
 *
 * - NPS: difference of two independent NPS; variance = sum of the two
 *   multinomial variances (adjusted or plain Wald, as used by the results).
 * - CSAT top-2-box and CES agreement: difference of two proportions with
 *   Newcombe's hybrid score interval (built from the two Wilson intervals).
 * - CES mean (default for CES): Welch's t interval with Welch–Satterthwaite df.
 *
 * `significant` is true when the 95% interval for the difference excludes 0;
 * the verdict is then `'improved'` (B > A) or `'declined'` (B < A). If either
 * period is suppressed the verdict is `'insufficient-data'`.
 *
 * @throws {MetricsInputError} if the two results are of different kinds, or two
 *   NPS results used different interval methods.
 */
export function compare(periodA: NpsResult, periodB: NpsResult): Comparison;
export function compare(periodA: CsatResult, periodB: CsatResult): Comparison;
export function compare(periodA: CesResult, periodB: CesResult, options?: CompareOptions): Comparison;
export function compare(periodA: MetricResult, periodB: MetricResult, options?: CompareOptions): Comparison {
  assertResult(periodA, 'periodA');
  assertResult(periodB, 'periodB');
  if (periodA.kind !== periodB.kind) {
    throw new MetricsInputError(`compare: cannot compare ${periodA.kind} with ${periodB.kind}; both periods must be the same metric`, {
      code: 'incompatible-results',
      kind: periodA.kind,
      value: periodB.kind,
    });
  }
  const measureOption = options?.measure ?? 'mean';
  if (measureOption !== 'mean' && measureOption !== 'agreement') {
    throw new MetricsInputError(`compare: options.measure = ${describeValue(measureOption)} must be 'mean' or 'agreement'`, {
      code: 'invalid-option',
      value: measureOption,
    });
  }

  const suppressed = [periodA, periodB]
    .map((r, i) => (r.suppressed ? `period ${i === 0 ? 'A' : 'B'}: ${r.reason}` : null))
    .filter((s): s is string => s !== null);

  if (periodA.kind === 'nps' && periodB.kind === 'nps') {
    if (periodA.method !== periodB.method) {
      throw new MetricsInputError(
        `compare: NPS periods use different interval methods (${periodA.method} vs ${periodB.method}); compute both with the same options.interval`,
        { code: 'incompatible-results', kind: 'nps', value: periodB.method },
      );
    }
    const base: ComparisonBase = { kind: 'nps', measure: 'nps', method: periodA.method === 'wald' ? 'nps-wald' : 'nps-adjusted-wald' };
    if (periodA.suppressed || periodB.suppressed) return insufficient(base, suppressed.join('; '));
    const a = npsEstimator(periodA.counts, periodA.method);
    const b = npsEstimator(periodB.counts, periodB.method);
    const half = Z95 * Math.sqrt(a.variance + b.variance);
    const centre = b.centre - a.centre;
    return finish(
      base,
      periodB.score - periodA.score,
      clamp(100 * (centre - half), -200, 200),
      clamp(100 * (centre + half), -200, 200),
    );
  }

  if (periodA.kind === 'csat' && periodB.kind === 'csat') {
    const base: ComparisonBase = { kind: 'csat', measure: 'top-2-box', method: 'newcombe-hybrid-score' };
    if (periodA.suppressed || periodB.suppressed) return insufficient(base, suppressed.join('; '));
    const d = newcombeDifference(periodA.satisfied, periodA.n, periodB.satisfied, periodB.n);
    return finish(base, periodB.score - periodA.score, 100 * d.lower, 100 * d.upper);
  }

  if (periodA.kind === 'ces' && periodB.kind === 'ces') {
    if (measureOption === 'agreement') {
      const base: ComparisonBase = { kind: 'ces', measure: 'agreement', method: 'newcombe-hybrid-score' };
      if (periodA.suppressed || periodB.suppressed) return insufficient(base, suppressed.join('; '));
      const d = newcombeDifference(periodA.agreement.agreeing, periodA.n, periodB.agreement.agreeing, periodB.n);
      return finish(base, periodB.agreement.percent - periodA.agreement.percent, 100 * d.lower, 100 * d.upper);
    }
    const base: ComparisonBase = { kind: 'ces', measure: 'mean', method: 'welch-t' };
    if (periodA.suppressed || periodB.suppressed) return insufficient(base, suppressed.join('; '));
    if (periodA.n < 2 || periodB.n < 2) {
      return insufficient(base, `Welch's t needs at least 2 ratings per period (got n = ${periodA.n} and n = ${periodB.n})`);
    }
    const a = cesMoments(periodA.counts);
    const b = cesMoments(periodB.counts);
    const difference = b.mean - a.mean;
    const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
    const df = welchDegreesOfFreedom(a.variance, a.n, b.variance, b.n);
    const half = t95(df) * se;
    return finish(base, difference, difference - half, difference + half);
  }

  /* c8 ignore next -- unreachable: kinds are equal and one of the three */
  throw new MetricsInputError(`compare: unsupported metric ${describeValue(periodA.kind)}`, { code: 'incompatible-results' });
}
