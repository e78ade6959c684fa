import { newResponseId } from './id';
import { browserJournal, type OutboxJournal } from './journal';
import {
  createDeviceOutboxStore,
  createMemoryOutboxStore,
  isQuotaExceeded,
  type OutboxEntry,
  type OutboxPlace,
  type OutboxStore,
} from './outbox-store';
import { browserPageLifecycle, type PageLifecycle } from './page-lifecycle';
import { realScheduler, type Scheduler } from './scheduler';
import { createSenderLock, type LockManagerLike } from './sender-lock';
import type { FeedbackTransport, SendResult } from './transport';
import type { FeedbackKind, FeedbackResponse } from './types';

/** Why an answer is kept in memory only: the device storage is full, or there is none (blocked, missing). */
export type MemoryReason = 'quota' | 'unavailable';

type OutboxEventBody =
  | { type: 'queued'; id: string; place: OutboxPlace; reason?: MemoryReason }
  | { type: 'sending'; id: string; attempt: number }
  | { type: 'sent'; id: string; attempts: number }
  | { type: 'failed'; id: string; attempts: number; kind: 'transient' | 'permanent'; reason: string; nextAttemptAt?: number }
  | { type: 'discarded'; id: string };

/** What happened to one answer; `remote` when another tab did it (told over BroadcastChannel). */
export type OutboxEvent = OutboxEventBody & { remote?: boolean };

/** An entry with where it is kept. */
export type PlacedOutboxEntry = OutboxEntry & { place: OutboxPlace };

/** The part of BroadcastChannel the outbox uses. */
export interface BroadcastLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface OutboxOptions {
  /** Sends answers; its `endpoint` names the queue (default `default`), its `sendBatch` enables batches. */
  transport: FeedbackTransport;
  /** Queue name, default `transport.endpoint` or `default`. */
  endpoint?: string;
  /** Device storage shared by the tabs; default IndexedDB, else localStorage, else none (answers kept in memory). */
  store?: OutboxStore;
  /** Clock and timers, default the real ones. */
  scheduler?: Scheduler;
  /** Random number in [0, 1) for backoff jitter, default Math.random. */
  random?: () => number;
  /** First retry delay cap in ms (full jitter below it), default 500; doubles per attempt. */
  baseDelayMs?: number;
  /** Longest retry delay in ms, default 10,000. Transient failures are retried for as long as it takes. */
  maxDelayMs?: number;
  /** A send that has not answered after this many ms counts as a transient failure ("not sent yet"), default 20,000. */
  sendTimeoutMs?: number;
  /** Requests in flight at once, default 4. */
  maxConcurrent?: number;
  /** Answers per batch (when the transport has `sendBatch`), default 100. */
  maxBatchSize?: number;
  /** Bytes per batch body, default 65,536. */
  maxBatchBytes?: number;
  /** Bytes of `keepalive` requests in flight at once (the browser's limit is 64 KiB), default 65,536. */
  keepaliveBudgetBytes?: number;
  /** Sender lease lifetime where Web Locks is missing, default 30,000 ms. */
  leaseMs?: number;
  /** Web Locks, default `navigator.locks`; `null` uses the lease in `store`. */
  locks?: LockManagerLike | null;
  /** Cross-tab notices, default `new BroadcastChannel(name)`; `null` for none. */
  broadcast?: ((name: string) => BroadcastLike) | null;
  /** Page hiding (for keepalive), default pagehide / visibilitychange. */
  page?: PageLifecycle;
  /** Whether the browser is online, default `navigator.onLine`. */
  online?: () => boolean;
  /**
   * Write-ahead journal (synchronous, survives a reload) written at enqueue before the asynchronous store write;
   * default the page's localStorage when `store` is the default one, else none. `null` for none.
   */
  journal?: OutboxJournal | null;
}

export interface Outbox {
  /** The queue this outbox drains. */
  readonly endpoint: string;
  /**
   * Keeps the answer (device storage first, memory when that fails) before anything is sent, then sends it. Resolves
   * with where it is kept; rejects with `FeedbackNotKeptError` when it cannot be kept at all. Same id again: same result.
   */
  enqueue(response: FeedbackResponse): Promise<OutboxPlace>;
  /** Sends every due entry now. With `force`, also entries still waiting for backoff (on `online`). */
  drain(options?: { force?: boolean }): Promise<void>;
  /** Sends one entry now, also one refused for good (the customer pressed "Try again"). */
  retryNow(id: string): Promise<void>;
  /** Removes an entry without sending it. */
  discard(id: string): Promise<void>;
  /** This endpoint's waiting entries (device and this page's memory), re-read on each call. */
  entries(): Promise<PlacedOutboxEntry[]>;
  /** The latest waiting answer to a question (touchpoint + kind), for showing it again after a reload. */
  find(question: { touchpoint?: string; kind: FeedbackKind }): Promise<PlacedOutboxEntry | undefined>;
  /** Listens to queue, send and failure events (this tab's and other tabs'); returns the unsubscribe function. */
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  /** Drains now and on `online` and page hiding; returns `stop`. Safe to call on the server. */
  start(): () => void;
  /** Stops timers and listeners and ignores sends still in flight (what a page unload does). */
  dispose(): void;
}

/** The answer could not be kept anywhere, not even in memory: the widget says so and offers to try again. */
export class FeedbackNotKeptError extends Error {
  constructor(cause?: unknown) {
    super(`The answer could not be kept: ${cause instanceof Error ? cause.message : String(cause ?? 'outbox closed')}`);
    this.name = 'FeedbackNotKeptError';
  }
}

/** Exponential backoff with full jitter: uniformly between 0 and min(cap, base·2^(attempt−1)). */
export function backoffDelay(attempt: number, random: () => number, baseDelayMs = 500, maxDelayMs = 10_000): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

const encoder = /* @__PURE__ */ new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;
const transient = (reason: string): SendResult => ({ ok: false, kind: 'transient', reason });
/** The receiver refused the request body as too large (HTTP 413 Content Too Large). */
const tooLarge = (result: SendResult) => !result.ok && result.kind === 'permanent' && result.status === 413;

function createLimiter(max: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active < max) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/** A promise to wait on that `fire` resolves (and replaces). */
function createSignal() {
  let resolve!: () => void;
  let promise!: Promise<void>;
  const reset = () => {
    promise = new Promise<void>((r) => (resolve = r));
  };
  reset();
  return {
    wait: () => promise,
    fire: () => {
      const fired = resolve;
      reset();
      fired();
    },
  };
}

interface RunState {
  running?: Promise<void>;
  /** Called again while running: go round once more. */
  again: boolean;
  /** Send entries still in backoff too. */
  force: boolean;
  wake: ReturnType<typeof createSignal>;
}

/**
 * What an outbox still has under way: answers being kept and requests in flight (package-internal, not exported from
 * the package). The page's shared outbox waits for these before it disposes an outbox its last widget released, so a
 * request that is delivered still deletes its record, and a widget mounted meanwhile reuses the outbox instead of a new
 * one sending the same stored answers again (issue #15: the `onSubmit` queue re-sent 15 of 25 answers on a clean network).
 */
const underWay = new WeakMap<Outbox, Set<Promise<void>>>();

/** Resolves once `outbox` has no answer being kept and no request in flight; `null` when it has none now. */
export function outboxSettled(outbox: Outbox): Promise<void> | null {
  const busy = underWay.get(outbox);
  if (!busy || busy.size === 0) return null;
  return (async () => {
    while (busy.size > 0) await Promise.all([...busy]);
  })();
}

function defaultBroadcast(name: string): BroadcastLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
}

/**
 * The feedback outbox (ADR 0010): an answer is written before the first send — one IndexedDB record per answer, in
 * memory only when the device cannot keep it — and removed only after the server accepted it. One tab at a time sends
 * an endpoint's queue (Web Locks, or a lease); batches, a concurrency cap, keepalive only while the page hides, full
 * jitter backoff with a low cap, and a success or `online` resumes everything at once.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { transport, scheduler = realScheduler, random = Math.random } = options;
  const endpoint = options.endpoint ?? transport.endpoint ?? 'default';
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 20_000;
  const maxBatchSize = transport.sendBatch ? (options.maxBatchSize ?? 100) : 1;
  const maxBatchBytes = options.maxBatchBytes ?? 65_536;
  const keepaliveBudgetBytes = options.keepaliveBudgetBytes ?? 65_536;
  const page = options.page ?? browserPageLifecycle();
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const device = options.store ?? createDeviceOutboxStore();
  const memory = device.place === 'memory' ? device : createMemoryOutboxStore();
  const journal = options.journal !== undefined ? options.journal : options.store ? null : browserJournal();
  const lock = createSenderLock({
    name: `polku-feedback:${endpoint}`,
    locks: options.locks,
    store: device,
    owner: newResponseId(),
    now: scheduler.now,
    leaseMs: options.leaseMs ?? 30_000,
  });
  const channel = options.broadcast === null ? null : (options.broadcast ?? defaultBroadcast)('polku-feedback');
  const limit = createLimiter(options.maxConcurrent ?? 4);

  const listeners = new Set<(event: OutboxEvent) => void>();
  const busy = new Set<Promise<void>>();
  /** Counts `work` as under way until it settles (see `outboxSettled`). */
  const track = <T>(work: Promise<T>): Promise<T> => {
    const settled: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    );
    busy.add(settled);
    void settled.then(() => busy.delete(settled));
    return work;
  };
  const known = new Map<string, Promise<OutboxPlace>>();
  const inFlight = new Set<string>();
  const runs = new Map<OutboxStore, RunState>();
  const stops = new Set<() => void>();
  let keepaliveBytes = 0;
  /** Answers whose store write has not committed yet (enqueue, recovery): on page hiding only the journal has them. */
  const uncommitted = new Set<string>();
  /** Bytes of a batch the receiver has refused as too large (413) lowered to half: later batches stay below it. */
  let batchBytesLimit = maxBatchBytes;
  /** Retry-After of the endpoint: nothing is sent before this time. */
  let pausedUntil = 0;
  /** Another tab holds the lease: try again after this time. */
  let lockFreeAfter = 0;
  let timer: unknown;
  let scheduleSequence = 0;
  let disposed = false;

  const emit = (event: OutboxEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const notify = (event: OutboxEventBody) => {
    emit(event);
    channel?.postMessage({ endpoint, event });
  };
  /** Answers a reloaded or closed page journaled but never stored: into the store now (memory when it refuses). */
  const recovering = (async () => {
    for (const entry of journal?.list(endpoint) ?? []) {
      if (known.has(entry.id)) continue;
      uncommitted.add(entry.id);
      try {
        await device.put(entry);
        journal?.remove(entry.id);
      } catch {
        await memory.put(entry).catch(() => undefined); // the journal copy stays until it is sent
      } finally {
        uncommitted.delete(entry.id);
      }
    }
  })();
  const list = async (source: OutboxStore) => {
    await recovering;
    return source.list(endpoint).catch((): OutboxEntry[] => []);
  };
  const save = (source: OutboxStore, entry: OutboxEntry) => source.put(entry).catch(() => undefined);
  const placed = (source: OutboxStore) => async () =>
    (await list(source)).map((e): PlacedOutboxEntry => ({ ...e, place: source === memory ? 'memory' : 'device' }));
  const allEntries = async () => {
    const [inMemory, onDevice] = await Promise.all([placed(memory)(), memory === device ? [] : placed(device)()]);
    return [...inMemory, ...onDevice];
  };

  const schedule = () => {
    if (disposed || !online()) return; // offline: the `online` event drains
    const sequence = (scheduleSequence += 1);
    // A store being drained is left out: its drain schedules again when it ends (else a failed entry it will not
    // retry in this pass would set a zero-delay timer over and over).
    const idle = (memory === device ? [memory] : [memory, device]).filter((source) => !runs.get(source)?.running);
    void Promise.all(idle.map((source) => list(source))).then((lists) => {
      const entries = lists.flat();
      if (disposed || sequence !== scheduleSequence) return;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      const waiting = entries.filter((e) => e.state === 'pending' && !inFlight.has(e.id));
      if (waiting.length === 0) return;
      const next = Math.max(pausedUntil, lockFreeAfter, Math.min(...waiting.map((e) => e.nextAttemptAt)));
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        void drain();
      }, Math.max(0, next - scheduler.now()));
    });
  };

  /** The transport's answer, one result per response; never rejects; a send that does not answer times out. */
  const send = (responses: FeedbackResponse[], keepalive: boolean): Promise<SendResult[]> => {
    const attempt = (async () => {
      try {
        if (responses.length > 1 && transport.sendBatch) return await transport.sendBatch(responses, { keepalive });
        return [await transport(responses[0]!, { keepalive })];
      } catch (error) {
        return responses.map(() => transient(error instanceof Error ? error.message : String(error)));
      }
    })();
    return new Promise((resolve) => {
      const timeout = scheduler.setTimeout(() => resolve(responses.map(() => transient('timeout'))), sendTimeoutMs);
      void attempt.then((results) => {
        scheduler.clearTimeout(timeout);
        resolve(results);
      });
    });
  };

  const settle = async (entry: OutboxEntry, result: SendResult, source: OutboxStore): Promise<void> => {
    const attempts = entry.attempts + 1;
    if (result.ok) {
      // If this delete is lost (the tab closes now), the next sender repeats the answer and the server says duplicate.
      await source.delete(entry.id).catch(() => undefined);
      journal?.remove(entry.id);
      notify({ type: 'sent', id: entry.id, attempts });
    } else if (result.kind === 'permanent') {
      await save(source, { ...entry, attempts, state: 'failed', lastError: result.reason });
      notify({ type: 'failed', id: entry.id, attempts, kind: 'permanent', reason: result.reason });
    } else {
      if (result.retryAfterMs) pausedUntil = Math.max(pausedUntil, scheduler.now() + result.retryAfterMs);
      const delay = Math.max(backoffDelay(attempts, random, baseDelayMs, maxDelayMs), result.retryAfterMs ?? 0);
      const nextAttemptAt = scheduler.now() + delay;
      await save(source, { ...entry, attempts, nextAttemptAt, state: 'pending', lastError: result.reason });
      notify({ type: 'failed', id: entry.id, attempts, kind: 'transient', reason: result.reason, nextAttemptAt });
    }
    inFlight.delete(entry.id);
  };

  /** The body bytes of one request: a chunk of one is sent as the answer alone, a bigger one as an array. */
  const requestBytes = (chunk: OutboxEntry[]) => (chunk.length === 1 ? bytesOf(chunk[0]!.response) : bytesOf(chunk.map((e) => e.response)));

  /**
   * Sends one request (a batch or a single answer); the ids delivered and the ids to retry, none when disposed. A batch
   * the receiver refuses as too large (413) is not an answer about its entries: it is halved and the halves are sent
   * (down to single answers, `split`); a single answer refused with 413 is kept as refused (`failed`, permanent).
   */
  const sendChunk = async (chunk: OutboxEntry[], source: OutboxStore, split = false): Promise<{ delivered: string[]; retry: string[] }> => {
    const responses = chunk.map((e) => e.response);
    const bytes = requestBytes(chunk);
    const keepalive = page.hiding() && keepaliveBytes + bytes <= keepaliveBudgetBytes;
    if (keepalive) keepaliveBytes += bytes;
    for (const e of chunk) {
      inFlight.add(e.id);
      if (!split) notify({ type: 'sending', id: e.id, attempt: e.attempts + 1 }); // a half is the same attempt
    }
    const results = await send(responses, keepalive);
    if (keepalive) keepaliveBytes -= bytes;
    if (disposed) return { delivered: [], retry: [] }; // the page is gone: the entries stay stored, the next sender repeats them
    const each = chunk.map((_, i) => results[i] ?? transient('no result for this entry'));
    if (chunk.length > 1 && each.every(tooLarge)) {
      batchBytesLimit = Math.min(batchBytesLimit, Math.max(1, Math.floor(bytes / 2)));
      const half = Math.ceil(chunk.length / 2);
      const first = await sendChunk(chunk.slice(0, half), source, true);
      const second = await sendChunk(chunk.slice(half), source, true);
      return { delivered: [...first.delivered, ...second.delivered], retry: [...first.retry, ...second.retry] };
    }
    await Promise.all(chunk.map((entry, i) => settle(entry, each[i]!, source)));
    return {
      delivered: chunk.filter((_, i) => each[i]!.ok).map((e) => e.id),
      retry: chunk.filter((_, i) => !each[i]!.ok && each[i]!.kind === 'transient').map((e) => e.id),
    };
  };

  /** Requests of at most `maxBatchSize` answers and `maxBatchBytes` bytes (an answer alone over the limit goes alone). */
  const chunksOf = (entries: OutboxEntry[]): OutboxEntry[][] => {
    const chunks: OutboxEntry[][] = [];
    let current: OutboxEntry[] = [];
    let size = 2;
    for (const entry of entries) {
      const entryBytes = bytesOf(entry.response) + 1;
      if (current.length > 0 && (current.length >= maxBatchSize || size + entryBytes > batchBytesLimit)) {
        chunks.push(current);
        current = [];
        size = 2;
      }
      current.push(entry);
      size += entryBytes;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  };

  /**
   * Sends the due entries of one store until none is left and nothing is in flight; each entry once per pass, unless a
   * later request of the pass is delivered (then what failed before goes again at once). A wake-up (an answer enqueued, `online`, a retry) lists the store again without waiting for the requests in flight.
   */
  const pass = async (source: OutboxStore, run: RunState, stillHeld: () => Promise<boolean>) => {
    const tried = new Set<string>();
    /** Tried in this pass and failed for now: sent again at once when a later request is delivered. */
    const toRetry = new Set<string>();
    const active = new Set<Promise<void>>();
    let resume = false;
    let relist = true;
    for (;;) {
      if (run.force) resume = relist = true;
      run.force = false;
      if (disposed) return;
      if (relist && online() && scheduler.now() >= pausedUntil) {
        relist = false;
        const now = scheduler.now();
        const due = (await list(source)).filter(
          (e) => e.state === 'pending' && !inFlight.has(e.id) && !tried.has(e.id) && (resume || e.nextAttemptAt <= now),
        );
        due.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.response.createdAt.localeCompare(b.response.createdAt));
        for (const chunk of chunksOf(due)) {
          for (const e of chunk) tried.add(e.id);
          const sending: Promise<void> = limit(async () => {
            if (disposed || !(await stillHeld()) || disposed) return; // disposed while the lease was renewed: not sent
            const { delivered, retry } = await track(sendChunk(chunk, source));
            if (delivered.length > 0) {
              // The receiver is back: everything waiting goes now, also what an earlier request of this pass failed.
              for (const id of toRetry) tried.delete(id);
              toRetry.clear();
              resume = relist = true;
            }
            for (const id of retry) toRetry.add(id);
          }).finally(() => active.delete(sending));
          active.add(sending);
        }
      }
      if (active.size === 0) return;
      const woken = run.wake.wait().then(() => {
        relist = true;
      });
      await Promise.race([...active, woken]);
    }
  };

  /** One drain of a store at a time per tab; a call while one runs wakes it up. */
  const run = (source: OutboxStore, force: boolean): Promise<void> => {
    let state = runs.get(source);
    if (!state) runs.set(source, (state = { again: false, force: false, wake: createSignal() }));
    const current = state;
    current.force ||= force;
    if (current.running) {
      current.again = true;
      current.wake.fire();
      return current.running;
    }
    current.running = (async () => {
      do {
        current.again = false;
        if (source === memory) {
          await pass(memory, current, async () => true); // only this tab sees its memory: no lock needed
        } else if (scheduler.now() >= lockFreeAfter) {
          const ran = await lock.run((stillHeld) => pass(device, current, stillHeld));
          if (!ran) lockFreeAfter = scheduler.now() + 1000; // another tab sends; take over if its lease lapses
        }
      } while (current.again && !disposed);
    })()
      .catch(() => undefined)
      .finally(() => {
        current.running = undefined;
        schedule();
      });
    return current.running;
  };

  /**
   * On page hiding: the answers only the journal has (their store write has not committed, so no drain lists them) are
   * sent now, synchronously, with keepalive while they fit the keepalive budget. What does not fit stays in the
   * journal for the store write or the next page load. A delivered answer's record is deleted once its write commits.
   */
  const flushJournal = () => {
    if (!journal || disposed || !online() || scheduler.now() < pausedUntil) return;
    const waiting = journal.list(endpoint).filter((e) => uncommitted.has(e.id) && !inFlight.has(e.id) && e.state === 'pending');
    for (const chunk of chunksOf(waiting)) {
      if (keepaliveBytes + requestBytes(chunk) > keepaliveBudgetBytes) continue;
      void track(sendChunk(chunk, device)).then(({ delivered }) => {
        for (const id of delivered) {
          void known
            .get(id)
            ?.then((place) => (place === 'memory' ? memory : device).delete(id))
            .catch(() => undefined);
        }
      });
    }
  };

  async function drain(drainOptions: { force?: boolean } = {}): Promise<void> {
    if (disposed) return;
    const force = drainOptions.force === true;
    await Promise.all([run(memory, force), memory === device ? undefined : run(device, force)]);
  }

  const keep = async (entry: OutboxEntry): Promise<OutboxPlace> => {
    try {
      return await keepIn(entry);
    } finally {
      uncommitted.delete(entry.id);
    }
  };
  const keepIn = async (entry: OutboxEntry): Promise<OutboxPlace> => {
    let reason: MemoryReason = 'unavailable';
    if (device !== memory) {
      try {
        await device.put(entry);
        journal?.remove(entry.id); // committed: the store has it now
        notify({ type: 'queued', id: entry.id, place: 'device' });
        return 'device';
      } catch (error) {
        if (isQuotaExceeded(error)) reason = 'quota';
      }
    }
    try {
      await memory.put(entry);
    } catch (error) {
      throw new FeedbackNotKeptError(error);
    }
    notify({ type: 'queued', id: entry.id, place: 'memory', reason });
    return 'memory';
  };

  channel?.addEventListener('message', (message: MessageEvent) => {
    const data = message.data as { endpoint?: string; event?: OutboxEventBody } | null;
    if (disposed || !data || data.endpoint !== endpoint || !data.event) return;
    emit({ ...data.event, remote: true });
    if (data.event.type === 'queued' || data.event.type === 'failed') schedule(); // take over if that tab closes
  });

  const outbox: Outbox = {
    endpoint,
    enqueue(response) {
      if (disposed) return Promise.reject(new FeedbackNotKeptError());
      const existing = known.get(response.id);
      if (existing) return existing;
      const entry: OutboxEntry = { id: response.id, endpoint, response, attempts: 0, nextAttemptAt: scheduler.now(), state: 'pending' };
      journal?.write(entry); // synchronously, before the store write that a reload could cut short
      uncommitted.add(entry.id);
      const kept = keep(entry);
      known.set(response.id, kept);
      track(
        kept.then(
          (place) => void run(place === 'device' ? device : memory, false),
          () => known.delete(response.id),
        ),
      );
      return kept;
    },
    drain,
    async retryNow(id) {
      if (disposed) return;
      for (const source of memory === device ? [memory] : [memory, device]) {
        const entry = (await list(source)).find((e) => e.id === id);
        if (!entry) continue;
        if (!inFlight.has(id)) await save(source, { ...entry, state: 'pending', nextAttemptAt: scheduler.now() });
        pausedUntil = 0;
        lockFreeAfter = 0;
        await run(source, true);
        return;
      }
    },
    async discard(id) {
      await Promise.all([memory.delete(id), device.delete(id)].map((p) => p.catch(() => undefined)));
      journal?.remove(id);
      known.delete(id);
      notify({ type: 'discarded', id });
      schedule();
    },
    entries: allEntries,
    async find({ touchpoint, kind }) {
      const matching = (await allEntries()).filter((e) => e.response.kind === kind && e.response.touchpoint === touchpoint);
      return matching.sort((a, b) => b.response.createdAt.localeCompare(a.response.createdAt))[0];
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
      const onOnline = () => {
        pausedUntil = 0;
        void drain({ force: true });
      };
      window.addEventListener('online', onOnline);
      const stopHide = page.onHide(() => {
        flushJournal(); // first and synchronously: the page may be gone before a store read answers
        void drain({ force: true });
      });
      const stop = () => {
        window.removeEventListener('online', onOnline);
        stopHide();
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
      channel?.close();
      lock.release();
    },
  };
  underWay.set(outbox, busy);
  return outbox;
}
