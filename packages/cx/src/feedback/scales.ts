import type { FeedbackKind, ScaleDefinition } from './types';

/** The standard scale of each kind. */
export const standardScales: Record<FeedbackKind, ScaleDefinition> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  emotion: { min: 1, max: 5 },
  helpful: { min: 0, max: 1 },
};

/** Highest score that counts as unhappy, per kind: NPS detractors 0–6, CSAT 1–2, CES 1–3, emotion 1–2, helpful "no". */
export const unhappyThreshold: Record<FeedbackKind, number> = {
  nps: 6,
  csat: 2,
  ces: 3,
  emotion: 2,
  helpful: 0,
};

/** True when the answer calls for an apology and an offer to be contacted (service recovery). */
export function isUnhappy(kind: FeedbackKind, score: number): boolean {
  return score <= unhappyThreshold[kind];
}

/** The values of a scale in presentation order. */
export function scaleValues(scale: ScaleDefinition): number[] {
  const values: number[] = [];
  for (let v = scale.min; v <= scale.max; v += 1) values.push(v);
  return scale.reversed ? values.reverse() : values;
}

/**
 * Describes how `scale` departs from the standard scale of `kind`, or returns null when it is standard.
 * Used for the development warning on non-standard scales (reversed or a different range make results incomparable).
 */
export function describeNonStandardScale(kind: FeedbackKind, scale: ScaleDefinition): string | null {
  const standard = standardScales[kind];
  const problems: string[] = [];
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.max <= scale.min) {
    problems.push(`the range ${scale.min}–${scale.max} is not a valid integer range`);
  } else if (scale.min !== standard.min || scale.max !== standard.max) {
    problems.push(`the range ${scale.min}–${scale.max} differs from the standard ${standard.min}–${standard.max}`);
  }
  if (scale.reversed) problems.push('the scale is reversed (highest value first)');
  return problems.length > 0 ? problems.join('; ') : null;
}
