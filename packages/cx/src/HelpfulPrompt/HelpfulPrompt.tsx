import { forwardRef, useEffect, useId, useRef, useState, type FormEvent, type HTMLAttributes, type ReactNode } from 'react';
import { Button, useMessages } from '@polku/react';
import { inRange, requireText } from '@polku/react/internal';
import { FeedbackStatusRegion } from '../FeedbackWidget/FeedbackStatus';
import { FeedbackComment } from '../feedback/FeedbackComment';
import { feedbackMessages } from '../feedback/messages';
import { standardScales } from '../feedback/scales';
import { omitFeedbackAnswerProps, useFeedbackResponse, type FeedbackAnswerProps } from '../feedback/useFeedbackResponse';
import { PromptForm, PromptQuestion, PromptRoot, PromptRow } from './HelpfulPrompt.styles';

export interface HelpfulPromptOwnProps extends FeedbackAnswerProps {
  /** Where this is asked (the page), e.g. `help/opening-hours`. */
  touchpoint: string;
  /** The question; default "Was this page helpful?" in the active language. */
  question?: ReactNode;
  /** Maximum length of the "what went wrong" text. Default 300. */
  commentLimit?: number;
}

export type HelpfulPromptProps = HelpfulPromptOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof HelpfulPromptOwnProps | 'children' | 'onSubmit'>;

/**
 * "Was this page helpful?" with Yes and No buttons. Yes sends at once; No opens a short "What went wrong?" form
 * (focus moves to it). Sent through the same outbox as the other feedback patterns.
 */
export const HelpfulPrompt = forwardRef<HTMLElement, HelpfulPromptProps>(function HelpfulPrompt(props, ref) {
  const { touchpoint, question, commentLimit: limitProp, alternativeContact, ...own } = props;
  const commentLimit = inRange('HelpfulPrompt', 'commentLimit', limitProp, { min: 1, integer: true }, 'using 300') ?? 300;
  const rest = omitFeedbackAnswerProps(own);
  requireText('HelpfulPrompt', 'touchpoint', touchpoint);
  const t = useMessages(feedbackMessages);
  const id = useId();
  const [step, setStep] = useState<'question' | 'form' | 'done'>('question');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const { submitted, send: sendResponse, report, commentField, statusProps } = useFeedbackResponse(props, {
    kind: 'helpful',
    visible: true,
    presentation: 'inline',
  });

  useEffect(() => {
    if (step === 'form') textRef.current?.focus();
    if (step === 'done') resultRef.current?.focus();
  }, [step]);

  const send = (score: 0 | 1) => {
    if (submitted) return;
    sendResponse({ scale: standardScales.helpful, score });
    setStep('done');
  };

  const answer = (score: 0 | 1) => {
    report.answered(score);
    if (score === 1) send(1);
    else setStep('form');
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(0);
  };

  return (
    <PromptRoot {...rest} ref={ref} aria-labelledby={`${id}-q`}>
      <PromptRow>
        <PromptQuestion id={`${id}-q`}>{question ?? t('feedback.helpful.question')}</PromptQuestion>
        {step === 'question' && !submitted && (
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
          <FeedbackComment ref={textRef} label={t('feedback.helpful.whatWentWrong')} limit={commentLimit} {...commentField} />
          <Button type="submit">{t('feedback.submit')}</Button>
        </PromptForm>
      )}
      <FeedbackStatusRegion
        ref={resultRef}
        {...statusProps}
        alternativeContact={alternativeContact}
        answerText={submitted?.score === 1 ? t('feedback.helpful.yes') : t('feedback.helpful.no')}
      />
    </PromptRoot>
  );
});
