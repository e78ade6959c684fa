import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, type OutboxEvent } from './outbox';
import { createDeviceOutboxStore, createIndexedDbOutboxStore, type OutboxEntry } from './outbox-store';
import type { FeedbackTransport } from './transport';
import type { FeedbackResponse } from './types';

const answer = (id: string): FeedbackResponse => ({
  id,
  kind: 'nps',
  scale: { min: 0, max: 10 },
  score: 9,
  touchpoint: 'home',
  locale: 'fi',
  createdAt: '2026-12-03T08:00:00.000Z',
});
const entry = (id: string, endpoint = 'e'): OutboxEntry => ({ id, endpoint, response: answer(id), attempts: 0, nextAttemptAt: 0, state: 'pending' });

/** Records what was delivered; the endpoint is `e`. */
function recordingTransport() {
  const delivered: string[] = [];
  const transport: FeedbackTransport = async (r) => {
    delivered.push(r.id);
    return { ok: true };
  };
  transport.endpoint = 'e';
  return { transport, delivered };
}

function outboxOver(store = createDeviceOutboxStore()) {
  const { transport, delivered } = recordingTransport();
  const outbox = createOutbox({ transport, store, broadcast: null, locks: null });
  const seen: OutboxEvent[] = [];
  outbox.subscribe((e) => seen.push(e));
  return { outbox, delivered, seen };
}

const blockLocalStorage = () =>
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty IndexedDB per test
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('IndexedDB store', () => {
  it('keeps one record per answer, keyed by id, listed per endpoint', async () => {
    const store = createIndexedDbOutboxStore();
    await Promise.all([store.put(entry('a')), store.put(entry('b')), store.put(entry('c', 'other'))]);
    expect((await store.list('e')).map((e) => e.id).sort()).toEqual(['a', 'b']);
    await store.delete('a');
    expect((await store.list('e')).map((e) => e.id)).toEqual(['b']);
    await store.close();
    // A second connection (another tab, a reload) sees the same records.
    expect((await createIndexedDbOutboxStore().list('other')).map((e) => e.id)).toEqual(['c']);
  });

  it('grants a lease to one owner at a time, even when both claim at once, and again after it expires', async () => {
    const store = createIndexedDbOutboxStore();
    const claims = await Promise.all([store.claimLease('l', 'tab-1', 0, 1000), store.claimLease('l', 'tab-2', 0, 1000)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.claimLease('l', 'tab-3', 999, 1000)).toBe(false);
    expect(await store.claimLease('l', 'tab-3', 1000, 1000)).toBe(true);
  });
});

describe('device store: IndexedDB, then localStorage, then memory', () => {
  it('uses IndexedDB when it opens', async () => {
    const { outbox, delivered } = outboxOver();
    const stop = outbox.start();
    await expect(outbox.enqueue(answer('idb'))).resolves.toBe('device');
    await vi.waitFor(() => expect(delivered).toEqual(['idb']));
    expect(window.localStorage.length).toBe(0);
    stop();
    outbox.dispose();
  });

  it('IndexedDB blocked (SecurityError on open): localStorage, one key per answer', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = createDeviceOutboxStore();
    await store.put(entry('ls-1'));
    await store.put(entry('ls-2'));
    expect(Object.keys(window.localStorage).sort()).toEqual(['polku.feedback.outbox.ls-1', 'polku.feedback.outbox.ls-2']);
    expect((await store.list('e')).map((e) => e.id).sort()).toEqual(['ls-1', 'ls-2']);
  });

  it('both blocked: the answer is kept in memory, the outbox says so, and still delivers it', async () => {
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    blockLocalStorage();
    const { outbox, delivered, seen } = outboxOver();
    await expect(outbox.enqueue(answer('mem'))).resolves.toBe('memory');
    expect(seen[0]).toEqual({ type: 'queued', id: 'mem', place: 'memory', reason: 'unavailable' });
    await vi.waitFor(() => expect(delivered).toEqual(['mem']));
    outbox.dispose();
  });

  it('storage full (QuotaExceededError on write): kept in memory, reason "quota", and delivered', async () => {
    const put = vi.spyOn(globalThis.IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { outbox, delivered, seen } = outboxOver();
    await expect(outbox.enqueue(answer('full'))).resolves.toBe('memory');
    expect(put).toHaveBeenCalled();
    expect(seen[0]).toMatchObject({ type: 'queued', place: 'memory', reason: 'quota' });
    await vi.waitFor(() => expect(delivered).toEqual(['full']));
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toContain('sent'));
    outbox.dispose();
  });
});
