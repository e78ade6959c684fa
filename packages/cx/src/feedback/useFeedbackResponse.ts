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

/** The component's own props the hook reads (where the answer was given, how it is sent). */
export interface FeedbackResponseSource extends Omit<FeedbackAnswerProps, 'alternativeContact'> {
  touchpoint: string;
  journeyStep?: string;
}

export interface UseFeedbackResponseOptions {
  kind: FeedbackKind;
  /** Emit `feedback.shown` (once) when this first becomes true. */
  visible: boolean;
  presentation: 'inline' | 'panel' | 'dialog';
}

/** What the customer answered; the hook adds the id, where, when and in which language. */
export interface FeedbackAnswer {
  scale: ScaleDefinition;
  score: number;
  contact?: FeedbackResponse['contact'];
}

/**
 * One answer of a feedback pattern from first sight to delivery: a response id created once, `feedback.shown` when
 * first visible, the response built (redacted) and sent through `useFeedbackSubmission`, and the sent answer kept.
 */
export function useFeedbackResponse(props: FeedbackResponseSource, { kind, visible, presentation }: UseFeedbackResponseOptions) {
  const { touchpoint, channel, journeyStep, metadata, redact = true, onSubmit, transport, outbox, storage } = props;
  const locale = useLocale();
  const emit = useEmitEvent();
  const responseId = useRef<string | null>(null);
  const { status, submit, retry } = useFeedbackSubmission({ onSubmit, transport, outbox, storage });
  const [submitted, setSubmitted] = useState<FeedbackResponse | null>(null);
  const [comment, setComment] = useState('');

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

  /** Builds the response (with the follow-up text, trimmed and optionally redacted) and sends it; once only. */
  const send = ({ scale, score, contact }: FeedbackAnswer) => {
    if (submitted) return;
    const text = comment.trim();
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

  /** Props for `FeedbackComment`: the follow-up text sent with the answer. */
  const commentField = { value: comment, onChange: setComment, redact };
  /** Props for `FeedbackStatusRegion`: what happened to the sent answer. */
  const statusProps = { status, response: submitted, onRetry: retry };
  return { status, submitted, send, eventBase, emit, commentField, statusProps };
}

const answerPropNames = ['touchpoint', 'journeyStep', 'redact', 'alternativeContact', 'channel', 'metadata', 'onSubmit', 'transport', 'outbox', 'storage'] as const;

/** The props left for the root element once those of `FeedbackResponseSource` and `alternativeContact` are taken out. */
export function omitFeedbackAnswerProps<T extends object>(props: T): Omit<T, (typeof answerPropNames)[number]> {
  const rest = { ...props } as Record<string, unknown>;
  for (const name of answerPropNames) delete rest[name];
  return rest as Omit<T, (typeof answerPropNames)[number]>;
}
