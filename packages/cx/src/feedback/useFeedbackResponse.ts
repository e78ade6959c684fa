import { useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { useEmitEvent, useLocale } from '@polku/react';
import { deliveryStatusReducer, waitingStates, type DeliveryStatus } from './delivery-status';
import type { FeedbackEventInput } from './events';
import { newResponseId } from './id';
import type { Outbox } from './outbox';
import type { OutboxStore } from './outbox-store';
import { redactPersonalData } from './redact';
import { acquireOutbox } from './shared-outbox';
import { transportFromSubmit, type FeedbackTransport } from './transport';
import type { ContactChannel, FeedbackKind, FeedbackResponse, ScaleDefinition } from './types';

/** How answers leave the browser: give one of these. */
export interface FeedbackDeliveryProps {
  /** Your own send function; resolve when stored, reject to retry (throw `PermanentFeedbackError` for "do not retry"). */
  onSubmit?: (response: FeedbackResponse) => Promise<unknown>;
  /** A transport such as `createFetchTransport(url, { batch: true })`; used when `onSubmit` is not given. */
  transport?: FeedbackTransport;
  /** An outbox of your own (advanced, or a test outbox). Overrides `onSubmit` / `transport`. */
  outbox?: Outbox;
  /** Queue name of the answers sent through `onSubmit` (default `submit`); a transport's queue is its `endpoint`. */
  endpoint?: string;
  /** Where the outbox keeps answers; default IndexedDB, else localStorage, else memory. Read once on mount. */
  storage?: OutboxStore;
}

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

/** A waiting status (saving, queued, sending) turns into "not sent yet" after this long without news. */
export const STALLED_AFTER_MS = 25_000;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * The one hook of the feedback path (pattern → this hook → outbox → transport): a response id created once, the
 * answer built (redacted) and handed to the page's outbox for the endpoint, the one delivery status
 * (`deliveryStatusReducer`) driven by the outbox's events, an answer left waiting by an earlier page load shown again,
 * and every `feedback.*` event emitted here and nowhere else.
 */
export function useFeedbackResponse(props: FeedbackResponseSource, { kind, visible, presentation }: UseFeedbackResponseOptions) {
  const { touchpoint, channel, journeyStep, metadata, redact = true, onSubmit, transport, outbox: givenOutbox, endpoint, storage } = props;
  const locale = useLocale();
  const emit = useEmitEvent();
  const [status, dispatch] = useReducer(deliveryStatusReducer, { state: 'idle' } as DeliveryStatus);
  const [submitted, setSubmitted] = useState<FeedbackResponse | null>(null);
  const [comment, setComment] = useState('');
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  const [firstStorage] = useState(storage);
  const responseId = useRef<string | null>(null);
  const current = useRef<FeedbackResponse | null>(null);
  const waitingForOutbox = useRef(false);
  const manualRetry = useRef(false);

  const latest = onSubmit ? transportFromSubmit(onSubmit, endpoint) : (transport ?? null);
  const delivery = useRef<FeedbackTransport | null>(latest);
  useEffect(() => {
    delivery.current = latest;
  });
  const queue = givenOutbox ? givenOutbox.endpoint : latest ? (latest.endpoint ?? 'default') : null;
  const batching = Boolean(latest?.sendBatch);

  // One outbox per endpoint and page, shared with the other widgets sending there; none without a transport.
  useEffect(() => {
    if (givenOutbox) {
      setOutbox(givenOutbox);
      return givenOutbox.start();
    }
    if (queue === null) return undefined;
    const delegate: FeedbackTransport = (r, o) => delivery.current!(r, o);
    delegate.endpoint = queue;
    if (batching) delegate.sendBatch = (rs, o) => delivery.current!.sendBatch!(rs, o);
    const shared = acquireOutbox(delegate, firstStorage);
    setOutbox(shared.outbox);
    return shared.release;
  }, [givenOutbox, queue, batching, firstStorage]);

  const base = useCallback(
    () => ({ responseId: (responseId.current ??= newResponseId()), kind, touchpoint, channel, journeyStep }),
    [kind, touchpoint, channel, journeyStep],
  );

  const keep = useCallback(
    (target: Outbox, response: FeedbackResponse) => {
      dispatch({ type: 'saving' });
      target.enqueue(response).catch((error: unknown) => {
        dispatch({ type: 'not-kept', reason: error instanceof Error ? error.message : String(error) });
      });
    },
    [],
  );

  useEffect(() => {
    if (!outbox) return undefined;
    const sentHere = new Set<string>();
    const unsubscribe = outbox.subscribe((event) => {
      if (event.type === 'sent') sentHere.add(event.id);
      const r = current.current;
      if (!r || event.id !== r.id) return;
      if (event.type === 'queued') {
        const keeping = event.place === 'memory' ? { place: event.place, memoryReason: event.reason } : { place: event.place };
        dispatch({ type: 'kept', keeping, offline: isOffline() });
        return;
      }
      dispatch(event);
      if (event.remote) return; // the tab that sent it reports it
      const where = { responseId: r.id, kind: r.kind, touchpoint: r.touchpoint, channel: r.channel, journeyStep: r.journeyStep };
      if (event.type === 'failed') {
        emit({ ...where, type: 'feedback.failed', failure: event.kind, attempts: event.attempts, reason: event.reason } satisfies FeedbackEventInput);
      } else if (event.type === 'sending' && event.attempt > 1) {
        emit({ ...where, type: 'feedback.retried', attempts: event.attempt - 1, manual: manualRetry.current } satisfies FeedbackEventInput);
        manualRetry.current = false;
      }
    });
    let cancelled = false;
    if (current.current && waitingForOutbox.current) {
      waitingForOutbox.current = false;
      keep(outbox, current.current); // answered before the outbox existed (the first render pass)
    } else if (!current.current) {
      // After a reload: this question's answer may still be waiting. Show it, not a fresh question.
      void outbox.find({ touchpoint, kind }).then((entry) => {
        if (cancelled || !entry || current.current) return;
        current.current = entry.response;
        responseId.current = entry.id;
        setSubmitted(entry.response);
        if (sentHere.has(entry.id)) dispatch({ type: 'sent', id: entry.id, attempts: entry.attempts + 1 });
        else dispatch({ type: 'restored', keeping: { place: entry.place }, attempts: entry.attempts, state: entry.state, lastError: entry.lastError, offline: isOffline() });
      });
    }
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [outbox, emit, keep, touchpoint, kind]);

  // No waiting state lasts forever.
  const stalled = waitingStates.has(status.state) && !(status.state === 'queued' && status.offline);
  useEffect(() => {
    if (!stalled) return undefined;
    const timer = setTimeout(() => dispatch({ type: 'stalled' }), STALLED_AFTER_MS);
    return () => clearTimeout(timer);
  }, [stalled, status]);

  useEffect(() => {
    if (typeof window === 'undefined') return undefined;
    const update = () => dispatch({ type: 'connectivity', offline: isOffline() });
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const shown = useRef(false);
  useEffect(() => {
    if (!visible || shown.current) return;
    shown.current = true;
    emit({ ...base(), type: 'feedback.shown', presentation } satisfies FeedbackEventInput);
  }, [visible, emit, base, presentation]);

  /** Builds the response (with the follow-up text, trimmed and optionally redacted) and sends it; once only. */
  const send = ({ scale, score, contact }: FeedbackAnswer) => {
    if (current.current) return;
    const text = comment.trim();
    const response: FeedbackResponse = {
      id: base().responseId,
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
    current.current = response;
    setSubmitted(response);
    emit({ ...base(), type: 'feedback.submitted', score, hasComment: Boolean(response.comment) } satisfies FeedbackEventInput);
    if (outbox) keep(outbox, response);
    else if (queue !== null) waitingForOutbox.current = true;
    else dispatch({ type: 'failed', id: response.id, attempts: 0, kind: 'permanent', reason: 'No onSubmit, transport or outbox given' });
  };

  /** Sends the current answer now (the customer pressed "Try again"); keeps it again when it could not be kept. */
  const retry = () => {
    const r = current.current;
    if (!r || !outbox) return;
    manualRetry.current = true;
    if (status.state === 'unsaved') keep(outbox, r);
    else void outbox.retryNow(r.id);
  };

  /** The pattern's own moments, reported from here like every other feedback event. */
  const report = {
    answered: (score: number) => emit({ ...base(), type: 'feedback.answered', score } satisfies FeedbackEventInput),
    dismissed: (step: 'question' | 'follow-up' | 'thanks') => emit({ ...base(), type: 'feedback.dismissed', step } satisfies FeedbackEventInput),
    contactRequested: (contactChannel?: ContactChannel) =>
      emit({ ...base(), type: 'feedback.contact-requested', ...(contactChannel ? { contactChannel } : {}) } satisfies FeedbackEventInput),
  };

  /** Props for `FeedbackComment`: the follow-up text sent with the answer. */
  const commentField = { value: comment, onChange: setComment, redact };
  /** Props for `FeedbackStatusRegion`: what happened to the sent answer. */
  const statusProps = { status, response: submitted, onRetry: retry };
  return { status, submitted, send, report, commentField, statusProps };
}

const answerPropNames = [
  'touchpoint',
  'journeyStep',
  'redact',
  'alternativeContact',
  'channel',
  'metadata',
  'onSubmit',
  'transport',
  'outbox',
  'endpoint',
  'storage',
] as const;

/** The props left for the root element once those of `FeedbackResponseSource` and `alternativeContact` are taken out. */
export function omitFeedbackAnswerProps<T extends object>(props: T): Omit<T, (typeof answerPropNames)[number]> {
  const rest = { ...props } as Record<string, unknown>;
  for (const name of answerPropNames) delete rest[name];
  return rest as Omit<T, (typeof answerPropNames)[number]>;
}
