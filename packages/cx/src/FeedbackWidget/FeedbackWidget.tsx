import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { Button, Checkbox, Dialog, IconButton, RadioGroup, useMessages } from '@polku/react';
import { devError, devWarn, inRange, requireText } from '@polku/react/internal';
import { EmotionScale } from '../EmotionScale';
import { isWellFormedScale } from '../ScaleQuestion/scaleProps';
import { createStandardQuestion } from '../ScaleQuestion/standardQuestion';
import type { FatigueControl } from '../feedback/fatigue';
import { FeedbackComment } from '../feedback/FeedbackComment';
import { feedbackMessages } from '../feedback/messages';
import { isUnhappy, standardScales } from '../feedback/scales';
import { omitFeedbackAnswerProps, useFeedbackResponse, type FeedbackAnswerProps } from '../feedback/useFeedbackResponse';
import { contactChannels as allContactChannels, type ContactChannel, type ScaleDefinition } from '../feedback/types';
import { FeedbackStatusRegion } from './FeedbackStatus';
import {
  WidgetActions,
  WidgetApology,
  WidgetApologyTitle,
  WidgetForm,
  WidgetHeader,
  WidgetRoot,
  WidgetText,
  WidgetTitle,
} from './FeedbackWidget.styles';

export const feedbackWidgetKinds = ['nps', 'csat', 'ces', 'emotion'] as const;
export type FeedbackWidgetKind = (typeof feedbackWidgetKinds)[number];
export const feedbackPresentations = ['inline', 'panel', 'dialog'] as const;
export type FeedbackPresentation = (typeof feedbackPresentations)[number];

export interface FeedbackWidgetOwnProps extends FeedbackAnswerProps {
  /** Which question: `nps` 0–10, `csat` 1–5, `ces` 1–7 agreement, `emotion` five faces. */
  kind: FeedbackWidgetKind;
  /** Where in the service this is asked, e.g. `checkout/payment`; stored with the answer and used for fatigue control. */
  touchpoint: string;
  /** The question; default the built-in, translated question of the kind. */
  question?: ReactNode;
  /** Heading of the panel or dialog (default "Feedback"); the panel's accessible name. */
  title?: string;
  /** `inline` in the page flow, `panel` a non-modal corner panel, `dialog` a modal dialog. Default `inline`. */
  presentation?: FeedbackPresentation;
  /** Controlled visibility (panel and dialog); the widget hides itself on dismiss when uncontrolled. */
  open?: boolean;
  /** Called when the customer closes the widget (close button, Escape in the dialog, "Don't ask me again"). */
  onDismiss?: () => void;
  /** Offer a free-text follow-up after the answer. Default true. */
  followUp?: boolean;
  /** Maximum length of the follow-up text (a counter shows what is left). Default 500. */
  commentLimit?: number;
  /** Channels offered to unhappy customers who agree to be contacted; `[]` turns the offer off. Default e-mail and phone. */
  contactChannels?: readonly ContactChannel[];
  /** Survey fatigue control: when given, the widget only appears when it allows, records the prompt, and offers "Don't ask me again". */
  fatigue?: FatigueControl;
  /** Close by itself after this many ms (unanswered, or after thanks); stops for good once the customer interacts. */
  autoCloseMs?: number;
  /** A non-standard scale; warns in development. */
  scale?: ScaleDefinition;
  /** Journey step id stored with the answer. */
  journeyStep?: string;
}

export type FeedbackWidgetProps = FeedbackWidgetOwnProps &
  Omit<HTMLAttributes<HTMLElement>, keyof FeedbackWidgetOwnProps | 'children' | 'onSubmit'>;

const questions = {
  nps: createStandardQuestion('nps', 'FeedbackNps'),
  csat: createStandardQuestion('csat', 'FeedbackCsat'),
  ces: createStandardQuestion('ces', 'FeedbackCes'),
};

/**
 * The complete feedback flow: question → optional follow-up text (with a personal-data hint and optional redaction)
 * → for unhappy answers an apology and consent to be contacted through a channel the customer picks → a politely
 * announced thank-you. Answers go through a persistent outbox: a failed send keeps the answer on screen with a
 * "not sent yet — retrying" status and a retry button, and is retried after reloads too.
 */
export const FeedbackWidget = forwardRef<HTMLElement, FeedbackWidgetProps>(function FeedbackWidget(props, ref) {
  const {
    kind: kindProp,
    touchpoint,
    question,
    title,
    presentation: presentationProp,
    open: openProp,
    onDismiss,
    followUp = true,
    commentLimit: commentLimitProp,
    contactChannels = ['email', 'phone'],
    alternativeContact,
    fatigue,
    autoCloseMs,
    scale,
    ...own
  } = props;
  const { onKeyDown, onFocus, onPointerDown, ...rest } = omitFeedbackAnswerProps(own);
  const commentLimit = inRange('FeedbackWidget', 'commentLimit', commentLimitProp, { min: 1, integer: true }, 'using 500') ?? 500;
  const kind = (feedbackWidgetKinds as readonly string[]).includes(kindProp) ? kindProp : 'nps';
  if (kind !== kindProp) devWarn(`FeedbackWidget: unknown kind "${kindProp}"; expected one of ${feedbackWidgetKinds.join(', ')}. Using "nps".`);
  const presentation = (feedbackPresentations as readonly string[]).includes(presentationProp ?? 'inline')
    ? (presentationProp ?? 'inline')
    : 'inline';
  if (presentation !== (presentationProp ?? 'inline')) {
    devWarn(`FeedbackWidget: unknown presentation "${presentationProp}"; expected one of ${feedbackPresentations.join(', ')}. Using "inline".`);
  }
  requireText('FeedbackWidget', 'touchpoint', touchpoint);
  if (!props.onSubmit && !props.transport && !props.outbox) {
    devError('FeedbackWidget: give "onSubmit", "transport" or "outbox"; otherwise answers cannot be sent.');
  }
  const t = useMessages(feedbackMessages);
  const id = useId();
  const headingId = `${id}-title`;
  const heading = title ?? t('feedback.title');

  const [score, setScore] = useState<number | null>(null);
  const [consent, setConsent] = useState(false);
  const [contactChannel, setContactChannel] = useState<ContactChannel | ''>('');
  const [missingAnswer, setMissingAnswer] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  // With fatigue control the decision needs storage, so it happens after mount (nothing renders on the server).
  const [allowed, setAllowed] = useState<boolean | null>(fatigue ? null : true);
  const interacted = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const scaleFocus = useRef<{ focus(): void }>(null);
  const visible = (openProp ?? !dismissed) && allowed === true;
  const { status, submitted, send, report, commentField, statusProps } = useFeedbackResponse(props, { kind, visible, presentation });

  useEffect(() => {
    if (!fatigue) return;
    const ask = fatigue.shouldAsk(touchpoint);
    if (ask) fatigue.recordShown(touchpoint);
    setAllowed(ask);
    // Decided once per mount: a prompt does not vanish because another tab showed one meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const dismiss = useCallback(() => {
    const step = submitted ? 'thanks' : score === null ? 'question' : 'follow-up';
    report.dismissed(step);
    setDismissed(true);
    onDismiss?.();
  }, [report, onDismiss, score, submitted]);

  // Auto-close: only while the customer has not touched the widget, before answering or after the thanks.
  const autoCloseStep = submitted ? (status.state === 'sent' ? 'thanks' : null) : 'question';
  useEffect(() => {
    if (!autoCloseMs || !visible || interacted.current || autoCloseStep === null) return undefined;
    const timer = setTimeout(() => {
      if (!interacted.current) dismiss();
    }, autoCloseMs);
    return () => clearTimeout(timer);
  }, [autoCloseMs, visible, autoCloseStep, dismiss]);
  const markInteracted = () => {
    interacted.current = true;
  };

  const chooseScore = (value: number) => {
    setScore(value);
    setMissingAnswer(false);
    report.answered(value);
  };

  const standard = standardScales[kind];
  // the question shows the standard scale in place of a malformed one (and warns); the response says what was shown
  const usedScale = scale && isWellFormedScale(scale) ? scale : standard;
  const unhappy = score !== null && isUnhappy(kind, score);
  const offerContact = unhappy && contactChannels.length > 0;
  const channels = contactChannels.filter((c) => (allContactChannels as readonly string[]).includes(c));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    markInteracted();
    if (submitted) return; // a double-click submits once
    if (score === null) {
      setMissingAnswer(true);
      scaleFocus.current?.focus();
      return;
    }
    const wantsContact = offerContact && consent;
    send({
      scale: usedScale,
      score,
      ...(offerContact ? { contact: { consent: wantsContact, ...(wantsContact && contactChannel ? { channel: contactChannel } : {}) } } : {}),
    });
    if (wantsContact) report.contactRequested(contactChannel || undefined);
  };

  useEffect(() => {
    if (submitted) resultRef.current?.focus();
  }, [submitted]);

  if (!visible) return null;

  const Question = kind === 'emotion' ? EmotionScale : questions[kind];
  const body = (
    <>
      <FeedbackStatusRegion ref={resultRef} {...statusProps} alternativeContact={alternativeContact} />
      {!submitted && (
        <WidgetForm noValidate onSubmit={handleSubmit} aria-labelledby={presentation === 'dialog' ? undefined : headingId}>
          <Question
            focusRef={scaleFocus}
            question={question}
            value={score}
            onChange={chooseScore}
            scale={scale}
            error={missingAnswer ? t('feedback.required') : undefined}
          />
          {score !== null && followUp && (
            <FeedbackComment label={t('feedback.comment.label')} limit={commentLimit} {...commentField} />
          )}
          {offerContact && (
            <WidgetApology>
              <WidgetApologyTitle>{t('feedback.apology.title')}</WidgetApologyTitle>
              <WidgetText>{t('feedback.apology.body')}</WidgetText>
              <Checkbox
                label={t('feedback.contact.consent')}
                checked={consent}
                onChange={(e) => setConsent(e.target.checked)}
              />
              {consent && channels.length > 0 && (
                <RadioGroup
                  legend={t('feedback.contact.channel')}
                  options={channels.map((c) => ({ value: c, label: t(`feedback.contact.${c}`) }))}
                  value={contactChannel}
                  onChange={(v) => setContactChannel(v as ContactChannel)}
                />
              )}
            </WidgetApology>
          )}
          <WidgetActions>
            <Button type="submit">{t('feedback.submit')}</Button>
            {fatigue && (
              <Button
                variant="tertiary"
                onClick={() => {
                  fatigue.dontAskAgain();
                  dismiss();
                }}
              >
                {t('feedback.dontAskAgain')}
              </Button>
            )}
          </WidgetActions>
        </WidgetForm>
      )}
    </>
  );

  // The widget's own handlers run first, then the consumer's: every handler composes.
  const interactionProps = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      markInteracted();
      onPointerDown?.(event);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      markInteracted();
      onKeyDown?.(event);
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      markInteracted();
      onFocus?.(event);
    },
  };

  if (presentation === 'dialog') {
    return (
      <Dialog open onClose={dismiss} title={heading} ref={ref as never}>
        <WidgetRoot {...rest} as="div" data-presentation="dialog" {...interactionProps}>
          {body}
        </WidgetRoot>
      </Dialog>
    );
  }

  const closable = presentation === 'panel' || Boolean(onDismiss);
  return (
    <WidgetRoot {...rest} ref={ref} aria-labelledby={headingId} data-presentation={presentation} {...interactionProps}>
      <WidgetHeader>
        <WidgetTitle id={headingId}>{heading}</WidgetTitle>
        {closable && <IconButton icon="close" label={t('feedback.dismiss')} onClick={dismiss} />}
      </WidgetHeader>
      {body}
    </WidgetRoot>
  );
});
