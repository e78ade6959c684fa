import { describe, expect, it } from 'vitest';
import { createStorageJournal } from './journal';
import { createOutbox, type OutboxOptions } from './outbox';
import { createMemoryOutboxStore, type OutboxStore } from './outbox-store';
import { createMemoryStorage } from './storage';
import { FakeScheduler } from './test-helpers';
import type { FeedbackTransport } from './transport';
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
});
