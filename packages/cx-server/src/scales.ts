import { SCALES } from '@polku/cx/metrics';

/**
 * The question kinds and their standard scales, as `@polku/cx` defines them (`feedbackKinds`, `standardScales`).
 * NPS, CSAT and CES come from `@polku/cx/metrics`; emotion and helpful are mirrored here because the browser entry of
 * `@polku/cx` carries React. `scales.test.ts` checks this mirror against `@polku/cx`'s own exports.
 */
export const feedbackKinds = ['nps', 'csat', 'ces', 'emotion', 'helpful'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

export const standardScales: Readonly<Record<FeedbackKind, { readonly min: number; readonly max: number }>> = {
  nps: SCALES.nps,
  csat: SCALES.csat,
  ces: SCALES.ces,
  emotion: { min: 1, max: 5 },
  helpful: { min: 0, max: 1 },
};

/** Contact channels a customer may pick (mirrors `@polku/cx` `contactChannels`). */
export const contactChannels = ['email', 'phone', 'sms', 'chat'] as const;

/** The kinds `@polku/cx/metrics` scores. */
export const metricKinds = ['nps', 'csat', 'ces'] as const;
export type MetricKind = (typeof metricKinds)[number];
