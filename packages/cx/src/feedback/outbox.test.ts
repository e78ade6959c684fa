import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, createOutbox } from './outbox';
import { createMemoryStorage } from './storage';
import { FakeScheduler } from './test-helpers';
import type { FeedbackTransport, SendResult } from './transport';
import type { FeedbackResponse } from './types';

const answer = (id = 'a1'): FeedbackResponse => ({
  id,
  kind: 'csat',
  scale: { min: 1, max: 5 },
  score: 2,
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
});

function scriptedTransport(results: SendResult[]) {
  const calls: string[] = [];
  const transport: FeedbackTransport = async (r) => {
    calls.push(r.id);
    return results.shift() ?? { ok: true };
  };
  return { transport, calls };
}

describe('createOutbox', () => {
  it('stores the answer before sending and removes it only after success', async () => {
    const storage = createMemoryStorage();
    let release!: (r: SendResult) => void;
    const transport: FeedbackTransport = () => new Promise((resolve) => (release = resolve));
    const outbox = createOutbox({ transport, storage, scheduler: new FakeScheduler() });
    outbox.enqueue(answer());
    expect(outbox.entries().map((e) => e.response.id)).toEqual(['a1']);
    expect(outbox.status('a1').state).toBe('sending');
    release({ ok: true });
    await vi.waitFor(() => expect(outbox.status('a1')).toEqual({ state: 'sent' }));
    expect(storage.getItem('polku.feedback.outbox')).toBeNull();
  });

  it('sends once when the same answer is enqueued twice (double-click)', async () => {
    const { transport, calls } = scriptedTransport([]);
    const outbox = createOutbox({ transport, storage: createMemoryStorage(), scheduler: new FakeScheduler() });
    outbox.enqueue(answer());
    outbox.enqueue(answer());
    await new FakeScheduler().advanceBy(0);
    outbox.enqueue(answer());
    expect(calls).toEqual(['a1']);
  });

  it('retries transient failures with growing, jittered delays and honours Retry-After', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scriptedTransport([
      { ok: false, kind: 'transient', reason: 'HTTP 503' },
      { ok: false, kind: 'transient', reason: 'HTTP 429', retryAfterMs: 60_000 },
    ]);
    const outbox = createOutbox({ transport, storage: createMemoryStorage(), scheduler: clock, random: () => 0.5 });
    const events: string[] = [];
    outbox.subscribe((e) => events.push(e.type));
    outbox.enqueue(answer());
    await clock.advanceBy(0);
    expect(outbox.status('a1')).toMatchObject({ state: 'retrying', attempts: 1, lastError: 'HTTP 503' });
    await clock.advanceBy(749);
    expect(calls).toHaveLength(1); // 1,000 ms · (0.5 + 0.5·0.5) = 750 ms
    await clock.advanceBy(1);
    expect(calls).toHaveLength(2);
    await clock.advanceBy(59_999);
    expect(calls).toHaveLength(2); // Retry-After beats the 1,500 ms backoff
    await clock.advanceBy(1);
    expect(calls).toHaveLength(3);
    expect(outbox.status('a1')).toEqual({ state: 'sent' });
    expect(events).toEqual(['queued', 'sending', 'failed', 'sending', 'failed', 'sending', 'sent']);
  });

  it('keeps permanently refused answers for the customer and does not retry them by itself', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scriptedTransport([{ ok: false, kind: 'permanent', reason: 'HTTP 422', status: 422 }]);
    const outbox = createOutbox({ transport, storage: createMemoryStorage(), scheduler: clock });
    outbox.enqueue(answer());
    await clock.advanceBy(3_600_000);
    expect(calls).toHaveLength(1);
    expect(outbox.status('a1')).toMatchObject({ state: 'failed', lastError: 'HTTP 422' });
    await outbox.retryNow('a1');
    expect(calls).toHaveLength(2);
    expect(outbox.status('a1').state).toBe('sent');
  });

  it('survives a reload: a new outbox over the same storage sends what the old one could not', async () => {
    const storage = createMemoryStorage();
    const clock = new FakeScheduler();
    const first = createOutbox({ transport: () => new Promise(() => {}), storage, scheduler: clock });
    first.enqueue(answer('kept'));
    first.dispose(); // the page unloads mid-send
    const { transport, calls } = scriptedTransport([]);
    const second = createOutbox({ transport, storage, scheduler: clock });
    second.start();
    await clock.advanceBy(0);
    expect(calls).toEqual(['kept']);
    expect(second.entries()).toEqual([]);
  });

  it('drains on the online event, without waiting for the backoff', async () => {
    const clock = new FakeScheduler();
    const { transport, calls } = scriptedTransport([{ ok: false, kind: 'transient', reason: 'offline' }]);
    const outbox = createOutbox({ transport, storage: createMemoryStorage(), scheduler: clock, baseDelayMs: 60_000 });
    const stop = outbox.start();
    outbox.enqueue(answer());
    await clock.advanceBy(0);
    window.dispatchEvent(new Event('online'));
    await clock.advanceBy(0);
    expect(calls).toHaveLength(2);
    stop();
  });

  it('treats a rejecting transport as a transient failure and discards on request', async () => {
    const clock = new FakeScheduler();
    const outbox = createOutbox({ transport: () => Promise.reject(new Error('boom')), storage: createMemoryStorage(), scheduler: clock });
    outbox.enqueue(answer());
    await clock.advanceBy(0);
    expect(outbox.status('a1')).toMatchObject({ state: 'retrying', lastError: 'boom' });
    outbox.discard('a1');
    expect(outbox.entries()).toEqual([]);
  });

  it('ignores corrupt storage instead of throwing', () => {
    const storage = createMemoryStorage({ 'polku.feedback.outbox': '{not json' });
    const outbox = createOutbox({ transport: async () => ({ ok: true }), storage, scheduler: new FakeScheduler() });
    expect(outbox.entries()).toEqual([]);
  });

  it('backoff doubles up to the cap', () => {
    expect(backoffDelay(1, () => 1, 1000)).toBe(1000);
    expect(backoffDelay(4, () => 1, 1000)).toBe(8000);
    expect(backoffDelay(30, () => 1, 1000, 300_000)).toBe(300_000);
    expect(backoffDelay(3, () => 0, 1000)).toBe(2000);
  });
});
