import { forwardRef, useEffect, useId, useRef, useState, type FormEvent, type HTMLAttributes, type ReactNode } from 'react';
import { Button, TextArea, useEmitEvent, useLocale, useMessages } from '@polku/react';
import { FeedbackStatus } from '../FeedbackWidget/FeedbackStatus';
import { requireText } from '@polku/react';
import type { FeedbackEventInput } from '../feedback/events';
import { newResponseId } from '../feedback/id';
import { feedbackMessages } from '../feedback/messages';
import { redactPersonalData } from '../feedback/redact';
import { standardScales } from '../feedback/scales';
import type { FeedbackResponse } from '../feedback/types';
import { useFeedbackSubmission, type FeedbackDeliveryProps } from '../feedback/useFeedbackSubmission';
import { PromptForm, PromptQuestion, PromptRoot, PromptRow } from './HelpfulPrompt.styles';

export interface HelpfulPromptOwnProps extends FeedbackDeliveryProps {
  /** Where this is asked (the page), e.g. `help/opening-hours`. */
  touchpoint: string;
  /** The question; default "Was this page helpful?" in the active language. */
  question?: ReactNode;
  /** Maximum length of the "what went wrong" text. Default 300. */
  commentLimit?: number;
  /** Replace e-mail addresses and phone numbers in the text before sending. Default true. */
  redact?: boolean;
  /** Shown when the answer is refused for good: another way to reach the service. */
  alternativeContact?: ReactNode;
  /** Service channel stored with the answer. */
  channel?: string;
  /** Extra fields stored with the answer. No personal data. */
  metadata?: FeedbackResponse['metadata'];
}

export type HelpfulPromptProps = HelpfulPromptOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof HelpfulPromptOwnProps | 'children' | 'onSubmit'>;

/**
 * "Was this page helpful?" with Yes and No buttons. Yes sends at once; No opens a short "What went wrong?" form
 * (focus moves to it). Sent through the same outbox as the other feedback patterns.
 */
export const HelpfulPrompt = forwardRef<HTMLElement, HelpfulPromptProps>(function HelpfulPrompt(props, ref) {
  const { touchpoint, question, commentLimit = 300, redact = true, alternativeContact, channel, metadata, onSubmit, transport, outbox, storage, ...rest } =
    props;
  requireText('HelpfulPrompt', 'touchpoint', touchpoint);
  const t = useMessages(feedbackMessages);
  const locale = useLocale();
  const emit = useEmitEvent();
  const id = useId();
  const [step, setStep] = useState<'question' | 'form' | 'done'>('question');
  const [comment, setComment] = useState('');
  const [submitted, setSubmitted] = useState<FeedbackResponse | null>(null);
  const responseId = useRef<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const { status, submit, retry } = useFeedbackSubmission({ onSubmit, transport, outbox, storage });
  const getId = () => (responseId.current ??= newResponseId());
  const base = () => ({ responseId: getId(), kind: 'helpful' as const, touchpoint, channel });

  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    emit({ ...base(), type: 'feedback.shown', presentation: 'inline' } satisfies FeedbackEventInput);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (step === 'form') textRef.current?.focus();
    if (step === 'done') resultRef.current?.focus();
  }, [step]);

  const send = (score: 0 | 1, text?: string) => {
    if (submitted) return;
    const response: FeedbackResponse = {
      id: getId(),
      kind: 'helpful',
      scale: standardScales.helpful,
      score,
      ...(text ? { comment: redact ? redactPersonalData(text) : text } : {}),
      touchpoint,
      ...(channel ? { channel } : {}),
      locale,
      createdAt: new Date().toISOString(),
      ...(metadata ? { metadata } : {}),
    };
    setSubmitted(response);
    submit(response);
    setStep('done');
  };

  const answer = (score: 0 | 1) => {
    emit({ ...base(), type: 'feedback.answered', score } satisfies FeedbackEventInput);
    if (score === 1) send(1);
    else setStep('form');
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(0, comment.trim());
  };

  return (
    <PromptRoot {...rest} ref={ref} aria-labelledby={`${id}-q`}>
      <PromptRow>
        <PromptQuestion id={`${id}-q`}>{question ?? t('feedback.helpful.question')}</PromptQuestion>
        {step === 'question' && (
          <PromptRow role="group" aria-labelledby={`${id}-q`}>
            <Button variant="secondary" size="s" onClick={() => answer(1)}>
              {t('feedback.helpful.yes')}
            </Button>
            <Button variant="secondary" size="s" onClick={() => answer(0)}>
              {t('feedback.helpful.no')}
            </Button>
          </PromptRow>
        )}
      </PromptRow>
      {step === 'form' && (
        <PromptForm noValidate onSubmit={onFormSubmit} aria-labelledby={`${id}-q`}>
          <TextArea
            ref={textRef}
            label={t('feedback.helpful.whatWentWrong')}
            hint={`${t('feedback.comment.hint')}${redact ? ` ${t('feedback.comment.redacted')}` : ''}`}
            characterLimit={commentLimit}
            maxLength={commentLimit}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button type="submit">{t('feedback.submit')}</Button>
        </PromptForm>
      )}
      <div role="status" aria-live="polite">
        {submitted && (
          <FeedbackStatus
            ref={resultRef}
            status={status}
            response={submitted}
            onRetry={retry}
            alternativeContact={alternativeContact}
            answerText={submitted.score === 1 ? t('feedback.helpful.yes') : t('feedback.helpful.no')}
          />
        )}
      </div>
    </PromptRoot>
  );
});
