import type { CxEventBase } from '../events';
import type { ContactChannel, FeedbackKind } from './types';

interface FeedbackEventCommon extends CxEventBase {
  /** The response id (UUID), shared by every event about one answer. */
  responseId: string;
  kind: FeedbackKind;
}

/** Typed events of the feedback patterns, delivered to PolkuProvider's `onCxEvent`. Contain no free text. */
export type FeedbackEvent =
  | (FeedbackEventCommon & { type: 'feedback.shown'; presentation: 'inline' | 'panel' | 'dialog' })
  | (FeedbackEventCommon & { type: 'feedback.answered'; score: number })
  | (FeedbackEventCommon & { type: 'feedback.submitted'; score: number; hasComment: boolean })
  | (FeedbackEventCommon & { type: 'feedback.failed'; failure: 'transient' | 'permanent'; attempts: number; reason: string })
  | (FeedbackEventCommon & { type: 'feedback.retried'; attempts: number; manual: boolean })
  | (FeedbackEventCommon & { type: 'feedback.dismissed'; step: 'question' | 'follow-up' | 'thanks' })
  | (FeedbackEventCommon & { type: 'feedback.contact-requested'; contactChannel?: ContactChannel });

export type FeedbackEventType = FeedbackEvent['type'];

/** Distributes Omit over the union, so each event keeps its own fields. */
export type FeedbackEventInput = FeedbackEvent extends infer E ? (E extends FeedbackEvent ? Omit<E, 'at'> & { at?: string } : never) : never;
