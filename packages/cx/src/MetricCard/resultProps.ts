import { isInRange, warnProp } from '@polku/react/internal';
import { SCALES, type Comparison, type MetricResult } from '@polku/cx/metrics';

/** The range a reported score of each kind lies in: NPS −100…100, CSAT (top-2-box) 0…100 %, CES the mean 1…7. */
export function scoreRange(kind: MetricResult['kind']): [number, number] {
  if (kind === 'nps') return [-100, 100];
  if (kind === 'csat') return [0, 100];
  return [SCALES[kind].min, SCALES[kind].max];
}

const NOT_SHOWN = 'no score is shown';

/**
 * True when a result can be shown as it is: a known kind, a whole n, and when reported a score and interval inside
 * the kind's range with the score inside its interval. A share above 100 % or an NPS of 130 would be a false figure:
 * it warns in development (naming the prop and value) and the card says the result cannot be shown.
 */
export function isShowableResult(component: string, result: MetricResult): boolean {
  if (!(result.kind in SCALES)) {
    warnProp(component, 'result.kind', result.kind, `must be one of ${Object.keys(SCALES).join(', ')}`, NOT_SHOWN);
    return false;
  }
  if (!isInRange(result.n, { min: 0, integer: true })) {
    warnProp(component, 'result.n', result.n, 'must be a whole number of at least 0', NOT_SHOWN);
    return false;
  }
  if (result.suppressed) return true;
  const [min, max] = scoreRange(result.kind);
  if (!isInRange(result.score, { min, max })) {
    warnProp(component, 'result.score', result.score, `must be a ${result.kind} score from ${min} to ${max}`, NOT_SHOWN);
    return false;
  }
  const ci = result.ci;
  if (!ci || !isInRange(ci.lower, { min, max: result.score }) || !isInRange(ci.upper, { min: result.score, max })) {
    warnProp(component, 'result.ci', ci, `must be an interval within ${min}…${max} that contains the score (${result.score})`, NOT_SHOWN);
    return false;
  }
  return true;
}

const verdicts: readonly Comparison['verdict'][] = ['improved', 'declined', 'no-significant-change', 'insufficient-data'];

/** The comparison when its verdict is known (the trend line is worded from it); otherwise a warning and none. */
export function validComparison(component: string, comparison: Comparison | undefined): Comparison | undefined {
  if (comparison === undefined || verdicts.includes(comparison.verdict)) return comparison;
  warnProp(component, 'comparison.verdict', comparison.verdict, `must be one of ${verdicts.join(', ')}`, 'no trend is shown');
  return undefined;
}
