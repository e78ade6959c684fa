import { useCallback, useEffect, useRef, useState } from 'react';
import { useEmitEvent } from '@polku/react';
import { createOutbox, type Outbox, type OutboxEvent } from './outbox';
import type { KeyValueStorage } from './storage';
import { transportFromSubmit, type FeedbackTransport } from './transport';
import type { FeedbackEventInput } from './events';
import type { FeedbackResponse } from './types';

/** What the customer should see about their answer. */
export type SubmissionStatus =
  | { state: 'idle' }
  | { state: 'sending'; attempts: number }
  | { state: 'sent' }
  | { state: 'retrying'; attempts: number; nextAttemptAt?: number; offline: boolean; reason?: string }
  | { state: 'failed'; attempts: number; reason?: string };

/** How answers leave the browser: give one of these. */
export interface FeedbackDeliveryProps {
  /** Your own send function; resolve when stored, reject to retry (throw `PermanentFeedbackError` for "do not retry"). */
  onSubmit?: (response: FeedbackResponse) => Promise<unknown>;
  /** A transport such as `createFetchTransport(url)`; used when `onSubmit` is not given. */
  transport?: FeedbackTransport;
  /** A shared outbox (advanced: one outbox for many widgets, or a test outbox). Overrides `onSubmit`/`transport`. */
  outbox?: Outbox;
  /** Storage for the default outbox (default localStorage). Read once on mount. */
  storage?: KeyValueStorage;
}

const noTransport: FeedbackTransport = async () => ({ ok: false, kind: 'permanent', reason: 'No onSubmit or transport given' });

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Sends answers through a persistent outbox and reports the status of the current one. The outbox is created on the
 * client after mount (no `window` on the server) and drained right away, so answers left from an earlier page load
 * are sent too. Emits `feedback.submitted`, `feedback.failed` and `feedback.retried`.
 */
export function useFeedbackSubmission({ onSubmit, transport, outbox: givenOutbox, storage }: FeedbackDeliveryProps) {
  const emit = useEmitEvent();
  const delivery = useRef<FeedbackTransport>(noTransport);
  delivery.current = onSubmit ? transportFromSubmit(onSubmit) : (transport ?? noTransport);
  const [outbox, setOutbox] = useState<Outbox | null>(null);
  // Read once: a new storage object on every render must not recreate the outbox (and drop a send in flight).
  const [firstStorage] = useState(storage);
  const [status, setStatus] = useState<SubmissionStatus>({ state: 'idle' });
  const current = useRef<FeedbackResponse | null>(null);
  const manualRetry = useRef(false);

  useEffect(() => {
    if (givenOutbox) {
      setOutbox(givenOutbox);
      return givenOutbox.start();
    }
    const created = createOutbox({ transport: (r) => delivery.current(r), storage: firstStorage });
    setOutbox(created);
    const stop = created.start();
    return () => {
      stop();
      created.dispose();
    };
  }, [givenOutbox, firstStorage]);

  useEffect(() => {
    if (!outbox) return undefined;
    const base = () => {
      const r = current.current!;
      return { responseId: r.id, kind: r.kind, touchpoint: r.touchpoint, channel: r.channel, journeyStep: r.journeyStep };
    };
    const onEvent = (event: OutboxEvent) => {
      const r = current.current;
      if (!r || !('id' in event) || event.id !== r.id) return;
      if (event.type === 'sending') {
        setStatus((s) => (s.state === 'retrying' || s.state === 'failed' ? s : { state: 'sending', attempts: event.attempt }));
        if (event.attempt > 1) {
          emit({ ...base(), type: 'feedback.retried', attempts: event.attempt - 1, manual: manualRetry.current } satisfies FeedbackEventInput);
          manualRetry.current = false;
        }
      } else if (event.type === 'sent') {
        setStatus({ state: 'sent' });
      } else if (event.type === 'failed') {
        emit({ ...base(), type: 'feedback.failed', failure: event.kind, attempts: event.attempts, reason: event.reason } satisfies FeedbackEventInput);
        setStatus(
          event.kind === 'permanent'
            ? { state: 'failed', attempts: event.attempts, reason: event.reason }
            : { state: 'retrying', attempts: event.attempts, nextAttemptAt: event.nextAttemptAt, offline: isOffline(), reason: event.reason },
        );
      }
    };
    const unsubscribe = outbox.subscribe(onEvent);
    // An answer queued before the outbox existed (submitted during the first render pass).
    if (current.current) outbox.enqueue(current.current);
    return unsubscribe;
  }, [outbox, emit]);

  useEffect(() => {
    if (typeof window === 'undefined') return undefined;
    const update = () => setStatus((s) => (s.state === 'retrying' ? { ...s, offline: isOffline() } : s));
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  /** Queues the answer (once per id: a double-click or a second call does nothing) and sends it. */
  const submit = useCallback(
    (response: FeedbackResponse) => {
      if (current.current?.id === response.id) return;
      current.current = response;
      // Offline: the outbox keeps the answer and waits for the `online` event; say so right away.
      setStatus(isOffline() ? { state: 'retrying', attempts: 0, offline: true } : { state: 'sending', attempts: 1 });
      emit({
        type: 'feedback.submitted',
        responseId: response.id,
        kind: response.kind,
        touchpoint: response.touchpoint,
        channel: response.channel,
        journeyStep: response.journeyStep,
        score: response.score,
        hasComment: Boolean(response.comment),
      } satisfies FeedbackEventInput);
      outbox?.enqueue(response);
    },
    [emit, outbox],
  );

  /** Sends the current answer now (the customer pressed "Try again"). */
  const retry = useCallback(() => {
    const r = current.current;
    if (!r || !outbox) return;
    manualRetry.current = true;
    setStatus((s) => ({ state: 'sending', attempts: 'attempts' in s ? s.attempts + 1 : 1 }));
    void outbox.retryNow(r.id);
  }, [outbox]);

  return { status, submit, retry, submitted: current.current };
}
