import { realScheduler, type Scheduler } from './scheduler';
import { getBrowserStorage, readJson, writeJson, type KeyValueStorage } from './storage';
import type { FeedbackTransport, SendResult } from './transport';
import type { FeedbackResponse } from './types';

/** One stored, not yet delivered response. */
export interface OutboxEntry {
  response: FeedbackResponse;
  /** Sends tried so far. */
  attempts: number;
  /** Epoch ms before which no automatic retry happens. */
  nextAttemptAt: number;
  /** `pending` is retried automatically; `failed` was refused permanently and waits for the customer. */
  state: 'pending' | 'failed';
  /** Last failure reason, for display and debugging. */
  lastError?: string;
}

/** Where one response is, as far as this outbox knows. */
export type OutboxItemStatus =
  | { state: 'unknown' }
  | { state: 'sending'; attempts: number }
  | { state: 'retrying'; attempts: number; nextAttemptAt: number; lastError?: string }
  | { state: 'failed'; attempts: number; lastError?: string }
  | { state: 'sent' };

export type OutboxEvent =
  | { type: 'queued'; id: string }
  | { type: 'sending'; id: string; attempt: number }
  | { type: 'sent'; id: string; attempts: number }
  | { type: 'failed'; id: string; attempts: number; kind: 'transient' | 'permanent'; reason: string; nextAttemptAt?: number }
  | { type: 'changed' };

export interface OutboxOptions {
  /** Sends one response. */
  transport: FeedbackTransport;
  /** Where entries persist; default localStorage (memory on the server or when blocked). */
  storage?: KeyValueStorage;
  /** Storage key, default `polku.feedback.outbox`. */
  storageKey?: string;
  /** Clock and timers, default the real ones. */
  scheduler?: Scheduler;
  /** Random number in [0, 1) for backoff jitter, default Math.random. */
  random?: () => number;
  /** First retry delay in ms before jitter, default 1,000; doubles per attempt. */
  baseDelayMs?: number;
  /** Longest retry delay in ms, default 5 minutes. Transient failures are retried for as long as it takes. */
  maxDelayMs?: number;
}

export interface Outbox {
  /** Stores the response (before anything is sent) and sends it. Calling again with the same id does nothing. */
  enqueue(response: FeedbackResponse): void;
  /** Sends every due entry now (on mount, after a reload). With `force`, also entries still waiting for backoff (on `online`). */
  drain(options?: { force?: boolean }): Promise<void>;
  /** Sends one entry now, also one that failed permanently (the customer pressed "Try again"). */
  retryNow(id: string): Promise<void>;
  /** Removes an entry without sending it (the customer chose another channel and discarded it). */
  discard(id: string): void;
  /** Entries waiting in storage, re-read on each call so other tabs' entries are included. */
  entries(): OutboxEntry[];
  /** What this outbox knows about one response. */
  status(id: string): OutboxItemStatus;
  /** Listens to queue, send and failure events; returns the unsubscribe function. */
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /** Drains now and on every `online` and cross-tab `storage` event; returns `stop`. Safe to call on the server. */
  start(): () => void;
  /** Stops timers and listeners and ignores sends still in flight (what a page unload does). */
  dispose(): void;
}

/** Exponential backoff with "equal jitter": between half and all of base·2^(attempt−1), capped. */
export function backoffDelay(attempt: number, random: () => number, baseDelayMs = 1000, maxDelayMs = 300_000): number {
  const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/**
 * A persistent outbox: a response is written to storage before the first send and removed only after the server
 * accepted it, so an answer survives failures, offline spells and page reloads. Transient failures are retried with
 * exponential backoff and jitter (honouring Retry-After); permanent ones wait for the customer. Every send carries the
 * response id, so the server can deduplicate retries.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { transport, storageKey = 'polku.feedback.outbox', scheduler = realScheduler, random = Math.random } = options;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  let storage: KeyValueStorage | undefined = options.storage;
  const store = (): KeyValueStorage => (storage ??= getBrowserStorage());

  const inFlight = new Map<string, number>();
  const sent = new Set<string>();
  const listeners = new Set<(event: OutboxEvent) => void>();
  let timer: unknown;
  let disposed = false;
  const stops = new Set<() => void>();

  const read = (): OutboxEntry[] => {
    const value = readJson<unknown>(store(), storageKey, []);
    return Array.isArray(value) ? (value as OutboxEntry[]).filter((e) => e && e.response && typeof e.response.id === 'string') : [];
  };
  const write = (entries: OutboxEntry[]) => {
    if (entries.length === 0) store().removeItem(storageKey);
    else writeJson(store(), storageKey, entries);
  };
  /** Read-modify-write of one entry against the latest stored list (another tab may have changed it). */
  const update = (id: string, change: (entry: OutboxEntry) => OutboxEntry | null) => {
    const entries = read();
    const index = entries.findIndex((e) => e.response.id === id);
    if (index === -1) return;
    const next = change(entries[index]!);
    if (next) entries[index] = next;
    else entries.splice(index, 1);
    write(entries);
  };
  const emit = (event: OutboxEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  const schedule = () => {
    if (disposed) return;
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
    const waiting = read().filter((e) => e.state === 'pending' && !inFlight.has(e.response.id));
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
    timer = scheduler.setTimeout(() => {
      timer = undefined;
      void drain();
    }, Math.max(0, next - scheduler.now()));
  };

  const attempt = async (entry: OutboxEntry): Promise<void> => {
    const id = entry.response.id;
    if (disposed || inFlight.has(id)) return;
    const attemptNumber = entry.attempts + 1;
    inFlight.set(id, attemptNumber);
    update(id, (e) => ({ ...e, attempts: attemptNumber }));
    emit({ type: 'sending', id, attempt: attemptNumber });
    let result: SendResult;
    try {
      result = await transport(entry.response);
    } catch (error) {
      result = { ok: false, kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
    }
    if (disposed) return; // the page is gone: the entry stays stored and the next page load sends it again
    inFlight.delete(id);
    if (result.ok) {
      sent.add(id);
      update(id, () => null);
      emit({ type: 'sent', id, attempts: attemptNumber });
    } else if (result.kind === 'permanent') {
      update(id, (e) => ({ ...e, state: 'failed', lastError: result.reason }));
      emit({ type: 'failed', id, attempts: attemptNumber, kind: 'permanent', reason: result.reason });
    } else {
      const delay = Math.max(backoffDelay(attemptNumber, random, baseDelayMs, maxDelayMs), result.retryAfterMs ?? 0);
      const nextAttemptAt = scheduler.now() + delay;
      update(id, (e) => ({ ...e, state: 'pending', nextAttemptAt, lastError: result.reason }));
      emit({ type: 'failed', id, attempts: attemptNumber, kind: 'transient', reason: result.reason, nextAttemptAt });
    }
    schedule();
  };

  const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

  async function drain(drainOptions: { force?: boolean } = {}): Promise<void> {
    if (disposed) return;
    if (isOffline()) {
      schedule();
      return;
    }
    const now = scheduler.now();
    const due = read().filter(
      (e) => e.state === 'pending' && !inFlight.has(e.response.id) && (drainOptions.force || e.nextAttemptAt <= now),
    );
    schedule();
    await Promise.all(due.map(attempt));
  }

  const outbox: Outbox = {
    enqueue(response) {
      if (disposed) return;
      const id = response.id;
      if (sent.has(id) || inFlight.has(id)) return;
      const entries = read();
      if (!entries.some((e) => e.response.id === id)) {
        entries.push({ response, attempts: 0, nextAttemptAt: scheduler.now(), state: 'pending' });
        write(entries);
        emit({ type: 'queued', id });
      }
      void drain();
    },
    drain,
    async retryNow(id) {
      if (disposed || inFlight.has(id)) return;
      update(id, (e) => ({ ...e, state: 'pending', nextAttemptAt: scheduler.now() }));
      const entry = read().find((e) => e.response.id === id);
      if (entry) await attempt(entry);
    },
    discard(id) {
      update(id, () => null);
      emit({ type: 'changed' });
      schedule();
    },
    entries: read,
    status(id) {
      if (sent.has(id)) return { state: 'sent' };
      const sending = inFlight.get(id);
      if (sending !== undefined) return { state: 'sending', attempts: sending };
      const entry = read().find((e) => e.response.id === id);
      if (!entry) return { state: 'unknown' };
      if (entry.state === 'failed') return { state: 'failed', attempts: entry.attempts, lastError: entry.lastError };
      return { state: 'retrying', attempts: entry.attempts, nextAttemptAt: entry.nextAttemptAt, lastError: entry.lastError };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start() {
      void drain();
      if (typeof window === 'undefined') return () => {};
      const onOnline = () => void drain({ force: true });
      const onStorage = (event: StorageEvent) => {
        if (event.key === storageKey || event.key === null) {
          emit({ type: 'changed' });
          schedule();
        }
      };
      window.addEventListener('online', onOnline);
      window.addEventListener('storage', onStorage);
      const stop = () => {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('storage', onStorage);
        stops.delete(stop);
      };
      stops.add(stop);
      return stop;
    },
    dispose() {
      disposed = true;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      listeners.clear();
      for (const stop of [...stops]) stop();
    },
  };
  return outbox;
}
