import { isInRange, warnProp } from '@polku/react/internal';
import { standardScales } from '../feedback/scales';
import type { FeedbackKind } from '../feedback/types';

/** The pattern a development warning names for a scale of each kind (ScaleQuestion without a kind). */
const patternNames: Record<FeedbackKind, string> = {
  nps: 'NpsQuestion',
  csat: 'CsatQuestion',
  ces: 'CesQuestion',
  emotion: 'EmotionScale',
  helpful: 'HelpfulPrompt',
};

export function scaleComponentName(kind: FeedbackKind | undefined): string {
  return kind ? (patternNames[kind] ?? 'ScaleQuestion') : 'ScaleQuestion';
}

/** Whether a scale renders as given: whole-number `min` and `max`, `min` below `max`. Pure: no warning. */
export function isWellFormedScale({ min, max }: { min: number; max: number }): boolean {
  return Number.isInteger(min) && Number.isInteger(max) && min < max;
}

/**
 * The range a scale renders: `min`..`max` when both are whole numbers and `min` is below `max`. Otherwise a
 * development warning (naming the prop and value) and a range that still counts right: the standard scale of `kind`,
 * or without a kind `min` and `max` swapped when they are whole numbers in the wrong order, or no options at all.
 */
export function validScaleRange(min: number, max: number, kind: FeedbackKind | undefined): { min: number; max: number } {
  const component = scaleComponentName(kind);
  const standard = kind ? standardScales[kind] : undefined;
  const instead = standard ? `the standard ${standard.min}–${standard.max} scale is shown` : undefined;
  if (!isInRange(min, { integer: true })) {
    warnProp(component, 'min', min, 'must be a whole number', instead ?? 'no options are shown');
  } else if (!isInRange(max, { integer: true })) {
    warnProp(component, 'max', max, 'must be a whole number', instead ?? 'no options are shown');
  } else if (max <= min) {
    const swap = max < min && !standard;
    warnProp(component, 'max', max, `must be greater than min (${min})`, instead ?? (swap ? `shown as ${max}–${min}` : 'no options are shown'));
    if (swap) return { min: max, max: min };
  } else {
    return { min, max };
  }
  return standard ?? { min: 0, max: -1 };
}

/**
 * `value` when it is one of the scale's `values` (or null / undefined: nothing chosen); otherwise a development
 * warning and `null`, so a score outside the scale is never shown as chosen and never reported.
 */
export function scoreOnScale(
  component: string,
  prop: string,
  value: number | null | undefined,
  values: readonly number[],
): number | null | undefined {
  if (value === undefined || value === null || values.includes(value)) return value;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const scale = values.length > 0 ? `a value on the scale ${low}–${high}` : 'a value on the scale, which has no options';
  warnProp(component, prop, value, `must be ${scale}`, 'nothing is chosen');
  return null;
}
