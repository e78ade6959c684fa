import { cesFromCounts, countCes } from './ces';
import { countCsat, csatFromCounts } from './csat';
import { countNps, npsFromCounts, resolveNpsMethod } from './nps';
import type { NpsOptions, OptionsFor, Rating, ResultFor, ScoreKind } from './types';
import { MetricsInputError, describeValue, resolveMinimumN, validateRatings } from './validate';

/** Rating fields that {@link groupBy} can split on. */
export type GroupKey = 'touchpoint' | 'channel' | 'segment' | 'locale';

/** Bucket name for ratings whose group field is missing, `null`, or blank. */
export const NO_GROUP = '(none)';

const GROUP_KEYS: ReadonlyArray<GroupKey> = ['touchpoint', 'channel', 'segment', 'locale'];
const METRICS: ReadonlyArray<ScoreKind> = ['nps', 'csat', 'ces'];

/**
 * Computes `metric` separately for each value of `key` (e.g. NPS per touchpoint).
 *
 * - The whole input is validated first, so error indexes refer to the original
 *   array and one bad rating rejects the whole call.
 * - Ratings whose `key` is `undefined`, `null`, `''` or whitespace-only go to the
 *   {@link NO_GROUP} bucket `'(none)'`; they are never dropped. Group values are
 *   used as given (not trimmed or case-folded).
 * - A non-string group value, or a literal `'(none)'` value (which would collide
 *   with the missing-value bucket), is rejected with {@link MetricsInputError}.
 * - Each group is scored with the same options, so `minimumN` applies per group:
 *   small groups come back `suppressed`.
 * - Keys are returned sorted by code unit order, with `'(none)'` last.
 *
 * @throws {MetricsInputError} for invalid ratings, an empty set, an unknown
 *   `key` or `metric`, or an invalid group value.
 */
export function groupBy<K extends ScoreKind>(
  ratings: ReadonlyArray<Rating>,
  key: GroupKey,
  metric: K,
  options?: OptionsFor<K>,
): Record<string, ResultFor<K>> {
  if (!METRICS.includes(metric)) {
    throw new MetricsInputError(`groupBy: metric = ${describeValue(metric)} must be one of ${METRICS.join(', ')}`, {
      code: 'invalid-option',
      value: metric,
    });
  }
  if (!GROUP_KEYS.includes(key)) {
    throw new MetricsInputError(`${metric}: groupBy key = ${describeValue(key)} must be one of ${GROUP_KEYS.join(', ')}`, {
      code: 'invalid-option',
      kind: metric,
      value: key,
    });
  }
  const scores = validateRatings(metric, ratings);
  const minimumN = resolveMinimumN(metric, options);
  const npsMethod = metric === 'nps' ? resolveNpsMethod(options as NpsOptions | undefined) : 'adjusted-wald';

  const buckets = new Map<string, number[]>();
  for (let i = 0; i < ratings.length; i++) {
    const raw: unknown = (ratings[i] as Rating)[key];
    let group: string;
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      group = NO_GROUP;
    } else if (typeof raw !== 'string') {
      throw new MetricsInputError(`${metric}: rating[${i}].${key} = ${describeValue(raw)} is not a string`, {
        code: 'invalid-group-key',
        kind: metric,
        index: i,
        value: raw,
        invalidCount: 1,
      });
    } else if (raw === NO_GROUP) {
      throw new MetricsInputError(
        `${metric}: rating[${i}].${key} = "${NO_GROUP}" is reserved for ratings without a ${key}; leave the field empty instead`,
        { code: 'invalid-group-key', kind: metric, index: i, value: raw, invalidCount: 1 },
      );
    } else {
      group = raw;
    }
    let list = buckets.get(group);
    if (!list) buckets.set(group, (list = []));
    list.push(scores[i]!);
  }

  const names = [...buckets.keys()].sort((a, b) => {
    if (a === NO_GROUP) return 1;
    if (b === NO_GROUP) return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const entries = names.map((name) => {
    const groupScores = buckets.get(name)!;
    let result;
    if (metric === 'nps') result = npsFromCounts(countNps(groupScores), minimumN, npsMethod);
    else if (metric === 'csat') result = csatFromCounts(countCsat(groupScores), minimumN);
    else result = cesFromCounts(countCes(groupScores), minimumN);
    return [name, result as ResultFor<K>] as const;
  });
  // Object.fromEntries defines own properties, so names like "__proto__" are safe.
  return Object.fromEntries(entries) as Record<string, ResultFor<K>>;
}

