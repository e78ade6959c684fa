import { DEFAULT_MINIMUM_N, SCALES, type Rating, type ScoreKind } from './types';

/** Machine-readable reason for a {@link MetricsInputError}. */
export type MetricsInputErrorCode =
  | 'not-an-array'
  | 'empty'
  | 'not-a-record'
  | 'not-a-number'
  | 'not-finite'
  | 'not-an-integer'
  | 'out-of-range'
  | 'invalid-option'
  | 'invalid-group-key'
  | 'incompatible-results';

/**
 * Thrown when input cannot be scored. Invalid ratings are never silently
 * counted or dropped: the whole call is rejected.
 *
 * The message names the metric, the offending index and value, and the allowed
 * range, e.g. `nps: rating[3].score = 11 is outside 0–10`. When several ratings
 * are invalid, the first is named and the rest are counted in `invalidCount`.
 */
export class MetricsInputError extends Error {
  /** Machine-readable reason. */
  readonly code: MetricsInputErrorCode;
  /** The metric being computed, if known. */
  readonly kind: ScoreKind | undefined;
  /** Index of the first offending rating, if the error is about a rating. */
  readonly index: number | undefined;
  /** The offending value (score, option value, …). */
  readonly value: unknown;
  /** Total number of invalid ratings found (≥ 1 for rating errors, 0 otherwise). */
  readonly invalidCount: number;

  /** @param message full human-readable message; see class docs for the other fields. */
  constructor(
    message: string,
    details: {
      code: MetricsInputErrorCode;
      kind?: ScoreKind;
      index?: number;
      value?: unknown;
      invalidCount?: number;
    },
  ) {
    super(message);
    this.name = 'MetricsInputError';
    this.code = details.code;
    this.kind = details.kind;
    this.index = details.index;
    this.value = details.value;
    this.invalidCount = details.invalidCount ?? 0;
  }
}

/** Renders a value for an error message: strings quoted, NaN/objects described. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `${JSON.stringify(value)} (string)`;
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n (bigint)`;
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Human-readable allowed range, e.g. `0–10`. */
export function rangeText(kind: ScoreKind): string {
  const { min, max } = SCALES[kind];
  return `${min}–${max}`;
}

function problemFor(kind: ScoreKind, index: number, rating: unknown): { code: MetricsInputErrorCode; message: string; value: unknown } | null {
  const allowed = `allowed: integers ${rangeText(kind)}`;
  if (typeof rating !== 'object' || rating === null || Array.isArray(rating)) {
    return {
      code: 'not-a-record',
      value: rating,
      message: `${kind}: rating[${index}] is ${describeValue(rating)}, expected an object with a numeric score (${allowed})`,
    };
  }
  const score = (rating as { score?: unknown }).score;
  const where = `${kind}: rating[${index}].score = ${describeValue(score)}`;
  if (typeof score !== 'number') {
    return { code: 'not-a-number', value: score, message: `${where} is not a number (${allowed})` };
  }
  if (!Number.isFinite(score)) {
    return { code: 'not-finite', value: score, message: `${where} is not a finite number (${allowed})` };
  }
  if (!Number.isInteger(score)) {
    return { code: 'not-an-integer', value: score, message: `${where} is not an integer (${allowed})` };
  }
  const { min, max } = SCALES[kind];
  if (score < min || score > max) {
    return { code: 'out-of-range', value: score, message: `${where} is outside ${rangeText(kind)}` };
  }
  return null;
}

/**
 * Checks every rating and returns the scores in input order.
 *
 * @throws {MetricsInputError} if `ratings` is not an array, is empty, or any
 *   rating's score is missing, not a number, NaN/±Infinity, not an integer or
 *   outside the metric's scale.
 */
export function validateRatings(kind: ScoreKind, ratings: ReadonlyArray<Rating>): number[] {
  if (!Array.isArray(ratings)) {
    throw new MetricsInputError(`${kind}: expected an array of ratings, got ${describeValue(ratings)}`, {
      code: 'not-an-array',
      kind,
      value: ratings,
    });
  }
  if (ratings.length === 0) {
    throw new MetricsInputError(
      `${kind}: no ratings given; an empty set cannot be scored (at least one rating with a score ${rangeText(kind)} is required)`,
      { code: 'empty', kind, value: ratings },
    );
  }
  const scores: number[] = new Array<number>(ratings.length);
  let first: { index: number; code: MetricsInputErrorCode; message: string; value: unknown } | null = null;
  let invalidCount = 0;
  for (let i = 0; i < ratings.length; i++) {
    const rating: unknown = ratings[i];
    const problem = problemFor(kind, i, rating);
    if (problem) {
      invalidCount++;
      if (!first) first = { index: i, ...problem };
    } else {
      scores[i] = (rating as Rating).score;
    }
  }
  if (first) {
    const more = invalidCount > 1 ? ` (and ${invalidCount - 1} more invalid rating${invalidCount > 2 ? 's' : ''})` : '';
    throw new MetricsInputError(first.message + more, {
      code: first.code,
      kind,
      index: first.index,
      value: first.value,
      invalidCount,
    });
  }
  return scores;
}

/**
 * Reads `minimumN` from options (default 30).
 *
 * @throws {MetricsInputError} if it is not a non-negative integer.
 */
export function resolveMinimumN(kind: ScoreKind, options: { minimumN?: number } | undefined): number {
  const value = options?.minimumN;
  if (value === undefined) return DEFAULT_MINIMUM_N;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new MetricsInputError(`${kind}: options.minimumN = ${describeValue(value)} must be a non-negative integer`, {
      code: 'invalid-option',
      kind,
      value,
    });
  }
  return value;
}

/** The `reason` text used when a result is suppressed. */
export function suppressionReason(n: number, minimumN: number): string {
  return `n = ${n} is below the minimum of ${minimumN} ratings; the score is withheld because an estimate from so few answers is too noisy to report`;
}
