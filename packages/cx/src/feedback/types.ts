/** The question kinds Polku ships; each has one standard scale. */
export const feedbackKinds = ['nps', 'csat', 'ces', 'emotion', 'helpful'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/** A numeric scale: `min`..`max` inclusive, lowest value first unless `reversed`. */
export interface ScaleDefinition {
  min: number;
  max: number;
  /** True when the options are presented highest first (non-standard; warns in development). */
  reversed?: boolean;
}

/** Contact channels a customer may pick when consenting to be contacted. */
export const contactChannels = ['email', 'phone', 'sms', 'chat'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/**
 * One answer, as it is stored in the outbox and sent to the server. `id` is a UUID created once per answer and is
 * also the idempotency key, so a retried send never counts twice.
 */
export interface FeedbackResponse {
  /** UUID; the same value is sent as the `Idempotency-Key` header. */
  id: string;
  kind: FeedbackKind;
  scale: ScaleDefinition;
  /** The chosen value on `scale` (for `helpful`: 1 = yes, 0 = no). */
  score: number;
  /** Optional free text (after optional redaction). */
  comment?: string;
  /** Consent to be contacted about this answer, and through which channel. */
  contact?: { consent: boolean; channel?: ContactChannel; address?: string };
  /** Where in the service the question was asked, e.g. `checkout/payment`. */
  touchpoint?: string;
  /** Service channel, e.g. `web`, `app`. */
  channel?: string;
  /** Journey step id, when asked within a journey. */
  journeyStep?: string;
  /** Locale the question was shown in. */
  locale: string;
  /** ISO 8601 time the customer submitted the answer. */
  createdAt: string;
  /** Anything else the service wants to attach (no personal data, please). */
  metadata?: Record<string, string | number | boolean | null>;
}
