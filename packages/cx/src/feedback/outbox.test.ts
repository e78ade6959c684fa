import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, createOutbox, type BroadcastLike, type OutboxEvent, type OutboxOptions } from './outbox';
import { createMemoryOutboxStore, type OutboxStore } from './outbox-store';
import type { PageLifecycle } from './page-lifecycle';
import type { LockManagerLike } from './sender-lock';
import { countingTransport, FakeScheduler, seededRandom } from './test-helpers';
import { createFetchTransport, type FeedbackTransport, type SendOptions, type SendResult } from './transport';
import type { FeedbackResponse } from './types';

const answer = (id = 'a1', extra: Partial<FeedbackResponse> = {}): FeedbackResponse => ({
  id,
  kind: 'csat',
  scale: { min: 1, max: 5 },
  score: 2,
  touchpoint: 'checkout',
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const ok: SendResult = { ok: true };
const down: SendResult = { ok: false, kind: 'transient', reason: 'HTTP 503' };

/** A transport answering from a script (then ok), recording every call. */
function scripted(results: SendResult[] = [], endpoint = 'https://a.example/v1/feedback') {
  const calls: Array<{ id: string; keepalive: boolean }> = [];
  const transport: FeedbackTransport = async (r, options?: SendOptions) => {
    calls.push({ id: r.id, keepalive: options?.keepalive === true });
    return results.shift() ?? ok;
  };
  transport.endpoint = endpoint;
  return { transport, calls };
}

/** One outbox as one tab: a device-like store shared by "tabs", fake clock, no real BroadcastChannel or locks. */
function tab(options: Partial<OutboxOptions> & { transport: FeedbackTransport }) {
  return createOutbox({ scheduler: new FakeScheduler(), store: createMemoryOutboxStore('device'), broadcast: null, locks: null, ...options });
}

const events = (outbox: ReturnType<typeof createOutbox>) => {
  const seen: OutboxEvent[] = [];
  outbox.subscribe((e) => seen.push(e));
  return seen;
};

describe('createOutbox', () => {
  it('keeps the answer on the device before sending and removes it only after success', async () => {
    const store = createMemoryOutboxStore('device');
    let release!: (r: SendResult) => void;
    const transport: FeedbackTransport = () => new Promise((resolve) => (release = resolve));
    transport.endpoint = 'e';
    const outbox = tab({ transport, store });
    await expect(outbox.enqueue(answer())).resolves.toBe('device');
    expect((await store.list('e')).map((e) => e.id)).toEqual(['a1']);
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    release(ok);
    await vi.waitFor(async () => expect(await store.list('e')).toEqual([]));
  });

  it('sends once when the same answer is enqueued twice (double-click)', async () => {
    const { transport, calls } = scripted();
    const outbox = tab({ transport });
    const [first, second] = await Promise.all([outbox.enqueue(answer()), outbox.enqueue(answer())]);
    expect([first, second]).toEqual(['device', 'device']);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await outbox.enqueue(answer());
    await outbox.drain({ force: true });
    expect(calls).toHaveLength(1);
  });

  it('rejects loudly when the answer cannot be kept anywhere', async () => {
    const broken: OutboxStore = {
      ...createMemoryOutboxStore('memory'),
      put: () => Promise.reject(new Error('structured clone failed')),
    };
    const outbox = tab({ transport: scripted().transport, store: broken });
    await expect(outbox.enqueue(answer())).rejects.toThrow(/could not be kept: structured clone failed/);
  });

  it('retries transient failures with full-jitter delays and honours Retry-After for the endpoint', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scripted([down, { ok: false, kind: 'transient', reason: 'HTTP 429', retryAfterMs: 5000 }]);
    const outbox = tab({ transport, scheduler: clock, random: () => 0.5 });
    const seen = events(outbox);
    await outbox.enqueue(answer());
    await clock.advanceBy(0);
    expect(calls).toHaveLength(1);
    await clock.advanceBy(249);
    expect(calls).toHaveLength(1); // 500 ms · 0.5 = 250 ms
    await clock.advanceBy(1);
    expect(calls).toHaveLength(2);
    await clock.advanceBy(4999);
    expect(calls).toHaveLength(2); // Retry-After 5 s beats the 500 ms backoff
    await clock.advanceBy(1);
    expect(calls).toHaveLength(3);
    expect(seen.map((e) => e.type)).toEqual(['queued', 'sending', 'failed', 'sending', 'failed', 'sending', 'sent']);
  });

  it('keeps a refused answer for the customer, never retries it by itself, and sends it on retryNow', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scripted([{ ok: false, kind: 'permanent', reason: 'HTTP 409', status: 409 }]);
    const outbox = tab({ transport, scheduler: clock });
    await outbox.enqueue(answer());
    await clock.advanceBy(3_600_000);
    expect(calls).toHaveLength(1);
    expect(await outbox.entries()).toMatchObject([{ id: 'a1', state: 'failed', lastError: 'HTTP 409', place: 'device' }]);
    await outbox.retryNow('a1');
    expect(calls).toHaveLength(2);
    expect(await outbox.entries()).toEqual([]);
  });

  it('a send that never answers becomes a transient "timeout" failure, not a wait that lasts forever', async () => {
    const clock = new FakeScheduler();
    const transport: FeedbackTransport = () => new Promise(() => {});
    const outbox = tab({ transport, scheduler: clock, sendTimeoutMs: 1000 });
    const seen = events(outbox);
    await outbox.enqueue(answer());
    await clock.advanceBy(999);
    expect(seen.at(-1)?.type).toBe('sending');
    await clock.advanceBy(1);
    expect(seen.at(-1)).toMatchObject({ type: 'failed', kind: 'transient', reason: 'timeout' });
  });

  it('survives a reload: a new outbox over the same store sends what the old one could not', async () => {
    const store = createMemoryOutboxStore('device');
    const clock = new FakeScheduler();
    const first = tab({ transport: scripted([down]).transport, store, scheduler: clock });
    await first.enqueue(answer('kept'));
    first.dispose(); // the page unloads
    const { transport, calls } = scripted();
    const second = tab({ transport, store, scheduler: clock });
    second.start();
    await clock.advanceBy(0);
    expect(calls.map((c) => c.id)).toEqual(['kept']);
  });

  it('drains on the online event without waiting for the backoff', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scripted([down]);
    const outbox = tab({ transport, scheduler: clock, baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.99 });
    const stop = outbox.start();
    await outbox.enqueue(answer());
    await clock.advanceBy(0);
    window.dispatchEvent(new Event('online'));
    await clock.advanceBy(0);
    expect(calls).toHaveLength(2);
    stop();
  });

  it('a success resumes everything at once: answers in backoff go without waiting for their own timers', async () => {
    const clock = new FakeScheduler();
    let serverUp = false;
    const sent: string[] = [];
    const transport: FeedbackTransport = async (r) => {
      if (!serverUp) return down;
      sent.push(r.id);
      return ok;
    };
    const outbox = tab({ transport, scheduler: clock, baseDelayMs: 8000, maxDelayMs: 8000, random: seededRandom(3) });
    for (let i = 0; i < 20; i += 1) await outbox.enqueue(answer(`a${i}`));
    await clock.advanceBy(0);
    expect(sent).toEqual([]);
    const firstRetry = clock.nextAt()!;
    serverUp = true;
    await clock.advanceTo(firstRetry);
    expect(sent).toHaveLength(20); // all at the first retry, not spread over the next 8 s
  });

  it('a success also resends at once what failed earlier in the same pass (not at its own backoff timer)', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scripted([down]);
    const outbox = tab({ transport, scheduler: clock, baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.99, maxConcurrent: 1 });
    await outbox.enqueue(answer('early')); // sent at once, fails (the receiver is still down)
    await outbox.enqueue(answer('late')); // the same pass sends it, delivered: the receiver is back
    await clock.advanceBy(0);
    expect(calls.map((c) => c.id)).toEqual(['early', 'late', 'early']);
    expect(await outbox.entries()).toEqual([]);
  });

  it('drains 1,000 waiting answers within 30 s after the receiver recovers (batches, 4 in flight, 200 ms each)', async () => {
    const clock = new FakeScheduler();
    let serverUp = false;
    const delivered = new Set<string>();
    const reply = (results: SendResult[]) => new Promise<SendResult[]>((r) => clock.setTimeout(() => r(results), 200));
    const transport: FeedbackTransport = async () => (await reply([serverUp ? ok : down]))[0]!;
    transport.endpoint = 'batch';
    transport.sendBatch = async (responses) => {
      if (serverUp) for (const r of responses) delivered.add(r.id);
      return reply(responses.map(() => (serverUp ? ok : down)));
    };
    const outbox = tab({ transport, scheduler: clock, random: seededRandom(11) });
    const count = 1000;
    for (let i = 0; i < count; i += 1) await outbox.enqueue(answer(`id-${i}`, { comment: 'x'.repeat(200) }));
    await clock.advanceBy(120_000); // a 2-minute outage: every answer has failed many times
    const recoveredAt = clock.now();
    serverUp = true;
    while (delivered.size < count && clock.now() - recoveredAt < 60_000) await clock.advanceTo(clock.nextAt() ?? clock.now() + 100);
    expect(delivered.size).toBe(count);
    expect(clock.now() - recoveredAt).toBeLessThanOrEqual(30_000);
  }, 60_000);

  it('sends batches of at most 100 answers and 64 KiB, and classifies each entry by its own status', async () => {
    const batches: number[][] = [];
    const transport: FeedbackTransport = async (r) => {
      batches.push([1, new TextEncoder().encode(JSON.stringify(r)).length, r.id.startsWith('big') ? 1 : 0]); // a chunk of one goes alone
      return ok;
    };
    transport.endpoint = 'b';
    transport.sendBatch = async (responses) => {
      const bytes = new TextEncoder().encode(JSON.stringify(responses)).length;
      batches.push([responses.length, bytes, responses.filter((r) => r.id.startsWith('big')).length]);
      return responses.map((r): SendResult => {
        if (r.id.endsWith('-1')) return { ok: false, kind: 'permanent', reason: 'HTTP 400', status: 400 };
        if (r.id.endsWith('-2')) return down;
        return ok;
      });
    };
    const store = createMemoryOutboxStore('device');
    const outbox = tab({ transport, store, baseDelayMs: 60_000 });
    // Hold the first send so everything queues up, then drain in one go.
    await Promise.all(Array.from({ length: 250 }, (_, i) => store.put({ id: `n-${i}`, endpoint: 'b', response: answer(`n-${i}`), attempts: 0, nextAttemptAt: 0, state: 'pending' })));
    await outbox.drain();
    // n-2 failed for now in the first batch; the next batch was delivered, so n-2 went again at once, alone (delivered).
    expect(batches.map(([n]) => n).sort((a, b) => b! - a!)).toEqual([100, 100, 50, 1]);
    const left = await store.list('b');
    expect(left.filter((e) => e.state === 'failed').map((e) => e.id).sort()).toEqual(['n-1']);
    expect(left.filter((e) => e.state === 'pending')).toEqual([]);
    // Big answers: the byte limit splits them before the count does.
    batches.length = 0;
    for (let i = 0; i < 10; i += 1) await store.put({ id: `big-${i}0`, endpoint: 'b', response: answer(`big-${i}0`, { comment: 'y'.repeat(20_000) }), attempts: 0, nextAttemptAt: 0, state: 'pending' });
    await outbox.drain();
    expect(batches.every(([, bytes]) => bytes! <= 65_536)).toBe(true);
    expect(batches.map(([, , big]) => big!).reduce((a, b) => a + b, 0)).toBe(10);
    expect(batches.length).toBeGreaterThanOrEqual(4);
  });

  it('a batch refused as too large (413) is halved down to single answers; a single answer still refused is kept as refused', async () => {
    // A receiver with a 4,000-byte body limit behind the real fetch transport: 413 above it, else 201 per answer.
    const limit = 4000;
    const bodies: string[] = [];
    const stored = new Map<string, number>();
    const reply = (status: number, body: unknown) => ({ status, headers: new Headers(), json: async () => body }) as unknown as Response;
    const fetchStub = (async (_url: string, init: RequestInit) => {
      const body = String(init.body);
      bodies.push(body);
      if (new TextEncoder().encode(body).length > limit) return reply(413, { title: 'Content too large' });
      const parsed = JSON.parse(body) as FeedbackResponse | FeedbackResponse[];
      for (const r of [parsed].flat()) stored.set(r.id, (stored.get(r.id) ?? 0) + 1);
      return Array.isArray(parsed) ? reply(200, { results: parsed.map((r) => ({ id: r.id, status: 201 })) }) : reply(201, { id: parsed.id, status: 'created' });
    }) as unknown as typeof fetch;
    const transport = createFetchTransport('https://r.example/v1/feedback', { fetch: fetchStub, batch: true });
    const store = createMemoryOutboxStore('device');
    const clock = new FakeScheduler();
    const outbox = tab({ transport, store, scheduler: clock });
    const seen = events(outbox);
    for (let i = 0; i < 30; i += 1) {
      await store.put({ id: `s-${i}`, endpoint: transport.endpoint!, response: answer(`s-${i}`, { comment: 'c'.repeat(400) }), attempts: 0, nextAttemptAt: 0, state: 'pending' });
    }
    const huge = answer('huge', { comment: 'h'.repeat(5000) });
    await store.put({ id: 'huge', endpoint: transport.endpoint!, response: huge, attempts: 0, nextAttemptAt: 0, state: 'pending' });
    await outbox.drain();
    await clock.advanceBy(600_000); // ten minutes: nothing is sent again by itself

    // Every answer that fits arrived exactly once; none of them was marked failed because its batch was too large.
    expect([...stored.keys()].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `s-${i}`).sort());
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    expect(seen.filter((e) => e.type === 'failed').map((e) => e.id)).toEqual(['huge']);
    // The one answer over the limit alone is kept, refused for good (not retried by itself), and reported.
    expect(await outbox.entries()).toMatchObject([{ id: 'huge', state: 'failed', lastError: 'HTTP 413', place: 'device' }]);
    expect(seen.find((e) => e.type === 'failed')).toMatchObject({ id: 'huge', kind: 'permanent', reason: 'HTTP 413', attempts: 1 });
    // Halving ends: no body was sent twice, and after the first 413 later batches stay under half of it.
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(bodies.filter((body) => body === JSON.stringify(huge))).toHaveLength(1); // alone, once
    expect(bodies.length).toBeLessThan(2 * 31);
    // "Try again" sends it once more, alone, and it is still kept.
    await outbox.retryNow('huge');
    expect(JSON.parse(bodies.at(-1)!)).toMatchObject({ id: 'huge' });
    expect(await outbox.entries()).toMatchObject([{ id: 'huge', state: 'failed' }]);
  });

  it('uses keepalive only while the page is hiding, and only within the 64 KiB in-flight budget', async () => {
    let hiding = false;
    const page: PageLifecycle = { hiding: () => hiding, onHide: () => () => {} };
    const keepalives: boolean[] = [];
    const pending: Array<() => void> = [];
    const transport: FeedbackTransport = (_r, options) => {
      keepalives.push(options?.keepalive === true);
      return new Promise((resolve) => pending.push(() => resolve(ok)));
    };
    transport.endpoint = 'k';
    const outbox = tab({ transport, page, maxConcurrent: 10 });
    await outbox.enqueue(answer('visible'));
    await vi.waitFor(() => expect(keepalives).toEqual([false]));
    hiding = true;
    // Three answers of about 30 KB each: two fit the budget together, the third goes without keepalive.
    for (const id of ['h1', 'h2', 'h3']) await outbox.enqueue(answer(id, { comment: 'z'.repeat(30_000) }));
    await vi.waitFor(() => expect(keepalives).toHaveLength(4));
    expect(keepalives.slice(1)).toEqual([true, true, false]);
    for (const release of pending) release();
  });

  it('backoff: full jitter between 0 and min(cap, base·2^(n−1)), seeded', () => {
    const random = seededRandom(20261203);
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const ceiling = Math.min(10_000, 500 * 2 ** (attempt - 1));
      const delays = Array.from({ length: 200 }, () => backoffDelay(attempt, random));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...delays)).toBeLessThan(ceiling);
      expect(Math.max(...delays)).toBeGreaterThan(ceiling * 0.9); // spread over the whole range, not bunched
      expect(Math.min(...delays)).toBeLessThan(ceiling * 0.1);
    }
    expect(backoffDelay(30, () => 0.999_999)).toBe(9999); // capped at 10 s
  });
});

describe('one queue per endpoint', () => {
  it('an outbox sends only its own endpoint’s entries; the other endpoint’s stay untouched', async () => {
    const store = createMemoryOutboxStore('device');
    const a = scripted([], 'https://a.example/v1/feedback');
    const b = scripted([], 'https://b.example/v1/feedback');
    await store.put({ id: 'for-b', endpoint: b.transport.endpoint!, response: answer('for-b'), attempts: 0, nextAttemptAt: 0, state: 'pending' });
    const outboxA = tab({ transport: a.transport, store });
    await outboxA.enqueue(answer('for-a'));
    await outboxA.drain({ force: true });
    expect(a.calls.map((c) => c.id)).toEqual(['for-a']);
    expect(await store.list(b.transport.endpoint!)).toMatchObject([{ id: 'for-b', attempts: 0, state: 'pending' }]);
    const outboxB = tab({ transport: b.transport, store });
    await outboxB.drain();
    expect(b.calls.map((c) => c.id)).toEqual(['for-b']);
  });
});

/** A Web Locks stand-in: one holder per name, others queue (what navigator.locks.request does). */
function fakeLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const previous = tails.get(name) ?? Promise.resolve();
      const result = previous.then(() => callback({ name }));
      tails.set(name, result.catch(() => undefined));
      return result;
    },
  };
}

describe('one sender across tabs', () => {
  async function twoTabsSendOnce(locks: LockManagerLike | null) {
    const store = createMemoryOutboxStore('device');
    const { transport, deliveries, most } = countingTransport('shared');
    const tabs = [0, 1].map(() => createOutbox({ transport, store, locks, broadcast: null, maxConcurrent: 1 }));
    await Promise.all(Array.from({ length: 30 }, (_, i) => tabs[i % 2]!.enqueue(answer(`t-${i}`))));
    await Promise.all(tabs.map((t) => t.drain({ force: true })));
    await vi.waitFor(async () => expect(await store.list('shared')).toEqual([]));
    for (const t of tabs) t.dispose();
    return { deliveries, most: most() };
  }

  it('with Web Locks, one tab at a time drains the endpoint: every answer once', async () => {
    const { deliveries, most } = await twoTabsSendOnce(fakeLocks());
    expect(deliveries.size).toBe(30);
    expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(most).toBe(1); // maxConcurrent 1 per tab, and only one tab sends
  });

  it('without Web Locks, a lease in the store does the same', async () => {
    const { deliveries, most } = await twoTabsSendOnce(null);
    expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(deliveries.size).toBe(30);
    expect(most).toBe(1);
  });

  it('shown failing: with no lock at all, two tabs send the same answers twice', async () => {
    const everyoneMayRun: LockManagerLike = { request: (_name, callback) => callback({}) };
    const { deliveries } = await twoTabsSendOnce(everyoneMayRun);
    expect([...deliveries.values()].some((n) => n > 1)).toBe(true);
  });

  it('a lease left by a closed tab expires and another tab takes over', async () => {
    const store = createMemoryOutboxStore('device');
    expect(await store.claimLease('polku-feedback:e', 'closed-tab', 0, 30_000)).toBe(true);
    const clock = new FakeScheduler(1000);
    const { transport, calls } = scripted([], 'e');
    const outbox = tab({ transport, store, scheduler: clock, leaseMs: 30_000 });
    await outbox.enqueue(answer());
    await clock.advanceBy(10_000);
    expect(calls).toHaveLength(0); // the other tab's lease still holds
    await clock.advanceBy(21_000);
    expect(calls).toHaveLength(1);
  });

  it('tells the other tabs over BroadcastChannel what was sent, so their widgets update', async () => {
    const subscribers = new Set<(event: MessageEvent) => void>();
    const hub = (): BroadcastLike => {
      let mine: ((event: MessageEvent) => void) | undefined;
      return {
        postMessage: (data) => subscribers.forEach((l) => l !== mine && l({ data } as MessageEvent)),
        addEventListener: (_type, listener) => {
          mine = listener;
          subscribers.add(listener);
        },
        close: () => mine && subscribers.delete(mine),
      };
    };
    const store = createMemoryOutboxStore('device');
    const sender = tab({ transport: scripted([], 'e').transport, store, broadcast: hub });
    const other = tab({ transport: scripted([], 'e').transport, store, broadcast: hub });
    const elsewhere = tab({ transport: scripted([], 'other-endpoint').transport, store, broadcast: hub });
    const seenByOther = events(other);
    const seenElsewhere = events(elsewhere);
    await sender.enqueue(answer('x'));
    await vi.waitFor(() => expect(seenByOther.map((e) => e.type)).toContain('sent'));
    expect(seenByOther.find((e) => e.type === 'sent')).toMatchObject({ id: 'x', remote: true });
    expect(seenElsewhere).toEqual([]);
  });
});
