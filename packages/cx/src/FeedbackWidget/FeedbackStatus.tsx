import { forwardRef, type ReactNode } from 'react';
import { Alert, Button, useMessages } from '@polku/react';
import { feedbackMessages } from '../feedback/messages';
import type { DeliveryStatus } from '../feedback/delivery-status';
import type { FeedbackResponse } from '../feedback/types';
import { WidgetActions, WidgetResult, WidgetSummary, WidgetText } from './FeedbackWidget.styles';

/** Sends after this many attempts are shown as "stuck": taking longer than usual. */
export const STUCK_AFTER_ATTEMPTS = 3;

export interface FeedbackStatusProps {
  /** Status of the submitted answer, from `useFeedbackResponse`. */
  status: DeliveryStatus;
  /** The submitted answer; shown again while it is not sent, so nothing the customer wrote disappears. */
  response: FeedbackResponse;
  /** "Try again now". */
  onRetry: () => void;
  /** Another way to reach the service, shown when the answer was refused for good. */
  alternativeContact?: ReactNode;
  /** Text of the answer row; default "{score} on a scale of {min}–{max}". */
  answerText?: string;
}

/**
 * What happened to a submitted answer: "Sending…", the thank-you, "not sent yet — retrying" (offline and "stuck"
 * variants) or a permanent failure with another channel, always with the answer kept on screen and a retry button.
 * Focusable (tabIndex -1) so focus can move here when the form goes away. Render inside a polite live region.
 */
export const FeedbackStatus = forwardRef<HTMLDivElement, FeedbackStatusProps>(function FeedbackStatus(
  { status, response, onRetry, alternativeContact, answerText },
  ref,
) {
  const t = useMessages(feedbackMessages);
  const summary = (
    <WidgetSummary>
      <dt>{t('feedback.yourAnswer')}</dt>
      <dd>{answerText ?? t('feedback.scoreOnScale', { score: response.score, min: response.scale.min, max: response.scale.max })}</dd>
      {response.comment && (
        <>
          <dt>{t('feedback.comment.label')}</dt>
          <dd>{response.comment}</dd>
        </>
      )}
    </WidgetSummary>
  );
  const retryButton = (
    <WidgetActions>
      <Button variant="secondary" onClick={onRetry}>
        {t('feedback.retry')}
      </Button>
    </WidgetActions>
  );
  const memory = 'place' in status && status.place === 'memory';
  let content: ReactNode;
  if (status.state === 'sent') {
    content = (
      <>
        <WidgetText>{t('feedback.thanks')}</WidgetText>
        {response.contact?.consent && <WidgetText>{t('feedback.thanks.contact')}</WidgetText>}
      </>
    );
  } else if (status.state === 'failed' || status.state === 'unsaved') {
    const unsaved = status.state === 'unsaved';
    content = (
      <>
        <Alert tone="error" title={t(unsaved ? 'feedback.status.unsaved' : 'feedback.status.failed')}>
          <WidgetText>{t(unsaved ? 'feedback.status.unsavedBody' : 'feedback.status.failedBody')}</WidgetText>
          <WidgetText>{alternativeContact ?? t('feedback.status.otherChannel')}</WidgetText>
        </Alert>
        {summary}
        {retryButton}
      </>
    );
  } else if (status.state === 'not-sent-yet' || (status.state === 'queued' && status.offline)) {
    const attempts = status.state === 'not-sent-yet' ? status.attempts : 0;
    const earlier = status.state === 'not-sent-yet' && status.earlier;
    const text = status.offline
      ? t(memory ? 'feedback.status.offlineMemory' : 'feedback.status.offline')
      : t(memory ? 'feedback.status.retryingMemory' : 'feedback.status.retrying');
    content = (
      <>
        <Alert tone="warning">
          {earlier && <WidgetText>{t('feedback.status.earlier')}</WidgetText>}
          <WidgetText>{text}</WidgetText>
          {attempts >= STUCK_AFTER_ATTEMPTS && <WidgetText>{t('feedback.status.stuck', { count: attempts })}</WidgetText>}
        </Alert>
        {summary}
        {retryButton}
      </>
    );
  } else {
    // saving, queued, sending: say honestly when the answer lives only in this page.
    const memoryReason = 'memoryReason' in status ? status.memoryReason : undefined;
    content = (
      <>
        {'earlier' in status && status.earlier && <WidgetText>{t('feedback.status.earlier')}</WidgetText>}
        <WidgetText>{t('feedback.sending')}</WidgetText>
        {memory && (
          <Alert tone="warning">
            <WidgetText>{t(memoryReason === 'quota' ? 'feedback.status.storageFull' : 'feedback.status.memoryOnly')}</WidgetText>
          </Alert>
        )}
      </>
    );
  }
  return (
    <WidgetResult ref={ref} tabIndex={-1} data-state={status.state}>
      {content}
    </WidgetResult>
  );
});

export type FeedbackStatusRegionProps = Omit<FeedbackStatusProps, 'response'> & {
  /** The submitted answer; nothing is shown before there is one. */
  response: FeedbackResponse | null;
};

/** A polite live region, present from the start so the thank-you and status changes are announced. */
export const FeedbackStatusRegion = forwardRef<HTMLDivElement, FeedbackStatusRegionProps>(function FeedbackStatusRegion(
  { response, ...props },
  ref,
) {
  return (
    <div role="status" aria-live="polite">
      {response && <FeedbackStatus ref={ref} response={response} {...props} />}
    </div>
  );
});
