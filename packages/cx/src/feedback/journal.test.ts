import { describe, expect, it } from 'vitest';
import { createStorageJournal } from './journal';
import { createOutbox, type OutboxEvent, type OutboxOptions } from './outbox';
import { createMemoryOutboxStore, type OutboxStore } from './outbox-store';
import { createMemoryStorage } from './storage';
import { FakeScheduler, flushMicrotasks } from './test-helpers';
import type { FeedbackTransport, SendResult } from './transport';
import type { FeedbackResponse } from './types';

const answer = (id: string): FeedbackResponse => ({
  id,
  kind: 'nps',
  scale: { min: 0, max: 10 },
  score: 9,
  touchpoint: 'checkout',
  locale: 'fi',
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** The device store as a reload right after Send leaves it: the write was started and never committed. */
const neverCommits = (store: OutboxStore): OutboxStore => ({ ...store, put: () => new Promise<void>(() => {}) });

/** A transport for `endpoint` that accepts everything and records what it received. */
function recording(endpoint: string) {
  const received: FeedbackResponse[] = [];
  const transport: FeedbackTransport = async (r) => {
    received.push(r);
    return { ok: true };
  };
  transport.endpoint = endpoint;
  return { transport, received };
}

/** One page load of endpoint `e`'s outbox. */
function page(options: Partial<OutboxOptions> & Pick<OutboxOptions, 'store'>) {
  const clock = new FakeScheduler();
  const { transport, received } = recording('e');
  const outbox = createOutbox({ transport, scheduler: clock, broadcast: null, locks: null, ...options });
  return { outbox, clock, received };
}

describe('the write-ahead journal', () => {
  it('a reload while the answer is still "saving" loses nothing: the next page stores and sends it', async () => {
    const store = createMemoryOutboxStore('device');
    const journal = createStorageJournal(createMemoryStorage());
    const first = page({ store: neverCommits(store), journal });
    void first.outbox.enqueue(answer('x')); // Send; the IndexedDB write is still running when the page reloads
    first.outbox.dispose();
    expect(await store.list('e')).toEqual([]);

    const second = page({ store, journal });
    second.outbox.start();
    expect(await second.outbox.find({ touchpoint: 'checkout', kind: 'nps' })).toMatchObject({ id: 'x', place: 'device' });
    await second.clock.advanceBy(0);
    expect(second.received.map((r) => r.id)).toEqual(['x']);
    expect(journal.list('e')).toEqual([]);
    expect(await store.list('e')).toEqual([]);
  });

  it('shown failing: without the journal the same reload loses the answer', async () => {
    const store = createMemoryOutboxStore('device');
    const first = page({ store: neverCommits(store), journal: null });
    void first.outbox.enqueue(answer('x'));
    first.outbox.dispose();
    const second = page({ store, journal: null });
    second.outbox.start();
    await second.clock.advanceBy(60_000);
    expect(second.received).toEqual([]);
  });

  it('drops its copy once the store has committed the answer, so nothing is recovered twice', async () => {
    const store = createMemoryOutboxStore('device');
    const journal = createStorageJournal(createMemoryStorage());
    const { outbox } = page({ store, journal });
    await expect(outbox.enqueue(answer('x'))).resolves.toBe('device');
    expect(journal.list('e')).toEqual([]);
  });

  it('recovers only its own endpoint’s answers', async () => {
    const journal = createStorageJournal(createMemoryStorage());
    const first = page({ store: neverCommits(createMemoryOutboxStore('device')), journal });
    void first.outbox.enqueue(answer('x'));
    first.outbox.dispose();
    const { transport, received } = recording('other');
    const other = createOutbox({ transport, store: createMemoryOutboxStore('device'), scheduler: new FakeScheduler(), broadcast: null, locks: null, journal });
    await other.drain();
    expect(received).toEqual([]);
    expect(journal.list('e').map((e) => e.id)).toEqual(['x']);
  });

  it('a full or blocked storage writes nothing and the answer is still kept and told honestly', async () => {
    const refusing = createMemoryStorage();
    refusing.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    const journal = createStorageJournal(refusing);
    expect(journal.write({ id: 'x', endpoint: 'e', response: answer('x'), attempts: 0, nextAttemptAt: 0, state: 'pending' })).toBe(false);
    const full: OutboxStore = { ...createMemoryOutboxStore('device'), put: () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) };
    const { outbox, clock, received } = page({ store: full, journal });
    await expect(outbox.enqueue(answer('x'))).resolves.toBe('memory');
    await clock.advanceBy(0);
    expect(received.map((r) => r.id)).toEqual(['x']);
  });

  describe('on page hiding', () => {
    /** A transport that records each request (ids and keepalive) and answers when the test releases it. */
    function held(endpoint = 'e') {
      const requests: Array<{ ids: string[]; keepalive: boolean }> = [];
      const releases: Array<() => void> = [];
      const transport: FeedbackTransport = (r, options) => {
        requests.push({ ids: [r.id], keepalive: options?.keepalive === true });
        return new Promise<SendResult>((resolve) => releases.push(() => resolve({ ok: true })));
      };
      transport.endpoint = endpoint;
      return { transport, requests, release: () => releases.splice(0).forEach((r) => r()) };
    }
    const big = (id: string): FeedbackResponse => ({ ...answer(id), comment: 'k'.repeat(30_000) });

    it('sends the answers only the journal has at once, with keepalive, within the 64 KiB budget', async () => {
      const journal = createStorageJournal(createMemoryStorage());
      const store = createMemoryOutboxStore('device');
      const { transport, requests, release } = held();
      // The page's own lifecycle (pagehide on window), a store write that has not committed when the page hides.
      const outbox = createOutbox({ transport, store: neverCommits(store), journal, scheduler: new FakeScheduler(), broadcast: null, locks: null });
      const seen: OutboxEvent[] = [];
      outbox.subscribe((e) => seen.push(e));
      const stop = outbox.start();
      for (const id of ['j1', 'j2', 'j3']) void outbox.enqueue(big(id)); // about 30 KB each
      await flushMicrotasks();
      expect(requests).toEqual([]); // visible: nothing goes before the store has the answers

      window.dispatchEvent(new Event('pagehide'));
      // Synchronously, in the pagehide handler: two fit the keepalive budget together; the third stays in the journal.
      expect(requests).toEqual([
        { ids: ['j1'], keepalive: true },
        { ids: ['j2'], keepalive: true },
      ]);
      release();
      await flushMicrotasks();
      expect(seen.filter((e) => e.type === 'sent').map((e) => e.id)).toEqual(['j1', 'j2']);
      expect(journal.list('e').map((e) => e.id)).toEqual(['j3']); // for the store write or the next page load
      stop();
      outbox.dispose();
      window.dispatchEvent(new Event('pageshow'));
    });

    it('a delivered answer whose store write commits afterwards is not sent again', async () => {
      const journal = createStorageJournal(createMemoryStorage());
      const store = createMemoryOutboxStore('device');
      let commit!: () => void;
      const slow: OutboxStore = { ...store, put: (entry) => new Promise<void>((resolve) => (commit = () => void store.put(entry).then(resolve))) };
      const { transport, requests, release } = held();
      const clock = new FakeScheduler();
      const outbox = createOutbox({ transport, store: slow, journal, scheduler: clock, broadcast: null, locks: null });
      const stop = outbox.start();
      const kept = outbox.enqueue(answer('late'));
      window.dispatchEvent(new Event('pagehide'));
      expect(requests).toEqual([{ ids: ['late'], keepalive: true }]);
      release();
      await flushMicrotasks();
      commit(); // the page was only hidden (a tab switch): the write commits after all
      await expect(kept).resolves.toBe('device');
      window.dispatchEvent(new Event('pageshow'));
      await clock.advanceBy(60_000);
      expect(requests).toHaveLength(1);
      expect(await store.list('e')).toEqual([]);
      expect(journal.list('e')).toEqual([]);
      stop();
      outbox.dispose();
    });
  });
});
