import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useEmitEvent, useLocale } from '@polku/react';
import type { FeedbackEventInput } from './events';
import { newResponseId } from './id';
import { redactPersonalData } from './redact';
import type { FeedbackKind, FeedbackResponse, ScaleDefinition } from './types';
import { useFeedbackSubmission, type FeedbackDeliveryProps } from './useFeedbackSubmission';

/** Props shared by the feedback patterns that send an answer (FeedbackWidget, HelpfulPrompt). */
export interface FeedbackAnswerProps extends FeedbackDeliveryProps {
  /** Replace e-mail addresses and phone numbers in the free text before sending. Default true. */
  redact?: boolean;
  /** Shown when the service refuses the answer for good: another way to reach the service (a link, a phone number). */
  alternativeContact?: ReactNode;
  /** Service channel stored with the answer, e.g. `web`. */
  channel?: string;
  /** Extra fields stored with the answer. No personal data. */
  metadata?: FeedbackResponse['metadata'];
}

export interface UseFeedbackResponseOptions extends Omit<FeedbackAnswerProps, 'alternativeContact'> {
  kind: FeedbackKind;
  touchpoint: string;
  journeyStep?: string;
  /** Emit `feedback.shown` (once) when this first becomes true. */
  visible: boolean;
  presentation: 'inline' | 'panel' | 'dialog';
}

/** What the customer answered; the hook adds the id, where, when and in which language. */
export interface FeedbackAnswer {
  scale: ScaleDefinition;
  score: number;
  /** Free text, trimmed and (with `redact`) stripped of e-mail addresses and phone numbers. */
  comment?: string;
  contact?: FeedbackResponse['contact'];
}

/**
 * One answer of a feedback pattern from first sight to delivery: a response id created once, `feedback.shown` when
 * first visible, the response built (redacted) and sent through `useFeedbackSubmission`, and the sent answer kept.
 */
export function useFeedbackResponse(options: UseFeedbackResponseOptions) {
  const { kind, touchpoint, channel, journeyStep, metadata, redact = true, visible, presentation, ...delivery } = options;
  const locale = useLocale();
  const emit = useEmitEvent();
  const responseId = useRef<string | null>(null);
  const { status, submit, retry } = useFeedbackSubmission(delivery);
  const [submitted, setSubmitted] = useState<FeedbackResponse | null>(null);

  const eventBase = useCallback(
    () => ({ responseId: (responseId.current ??= newResponseId()), kind, touchpoint, channel, journeyStep }),
    [kind, touchpoint, channel, journeyStep],
  );

  const shown = useRef(false);
  useEffect(() => {
    if (!visible || shown.current) return;
    shown.current = true;
    emit({ ...eventBase(), type: 'feedback.shown', presentation } satisfies FeedbackEventInput);
  }, [visible, emit, eventBase, presentation]);

  /** Builds the response and sends it; a second call (double-click) does nothing. */
  const send = ({ scale, score, comment, contact }: FeedbackAnswer) => {
    if (submitted) return;
    const text = comment?.trim();
    const response: FeedbackResponse = {
      id: eventBase().responseId,
      kind,
      scale,
      score,
      ...(text ? { comment: redact ? redactPersonalData(text) : text } : {}),
      ...(contact ? { contact } : {}),
      touchpoint,
      ...(channel ? { channel } : {}),
      ...(journeyStep ? { journeyStep } : {}),
      locale,
      createdAt: new Date().toISOString(),
      ...(metadata ? { metadata } : {}),
    };
    setSubmitted(response);
    submit(response);
  };

  return { status, retry, submitted, send, eventBase, emit };
}
