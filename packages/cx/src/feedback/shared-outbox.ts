import { browserJournal } from './journal';
import { createOutbox, type Outbox, type PlacedOutboxEntry } from './outbox';
import { createDeviceOutboxStore, type OutboxStore } from './outbox-store';
import type { FeedbackTransport } from './transport';

interface Shared {
  outbox: Outbox;
  users: number;
  stop: () => void;
}

const byStore = new WeakMap<OutboxStore, Map<string, Shared>>();
let pageStore: OutboxStore | undefined;

/** The page's device store (IndexedDB, else localStorage, else none), opened once on first use. */
export function defaultOutboxStore(): OutboxStore {
  return (pageStore ??= createDeviceOutboxStore());
}

/**
 * The page's outbox for the transport's endpoint (over `store`, default the page's device store), shared by every
 * widget that sends there, started on first use and disposed when the last user releases it. The first user's
 * transport sends for all of them.
 */
export function acquireOutbox(transport: FeedbackTransport, store: OutboxStore = defaultOutboxStore()): { outbox: Outbox; release: () => void } {
  const endpoint = transport.endpoint ?? 'default';
  let outboxes = byStore.get(store);
  if (!outboxes) byStore.set(store, (outboxes = new Map()));
  let shared = outboxes.get(endpoint);
  if (!shared) {
    // The write-ahead journal goes with the page's own storage only (a given store is the caller's to keep).
    const journal = store === pageStore ? browserJournal() : null;
    const outbox = createOutbox({ transport, store, endpoint, journal });
    shared = { outbox, users: 0, stop: outbox.start() };
    outboxes.set(endpoint, shared);
  }
  shared.users += 1;
  const entry = shared;
  const map = outboxes;
  let released = false;
  return {
    outbox: entry.outbox,
    release() {
      if (released) return;
      released = true;
      entry.users -= 1;
      if (entry.users > 0) return;
      entry.stop();
      entry.outbox.dispose();
      if (map.get(endpoint) === entry) map.delete(endpoint);
    },
  };
}

/**
 * Inspection: the answers waiting for `endpoint` (a fetch transport's endpoint is its URL) — on this device, and in
 * this page's memory while a widget for that endpoint is mounted. For support tools and end-to-end tests.
 */
export async function pendingFeedback(endpoint: string, store: OutboxStore = defaultOutboxStore()): Promise<PlacedOutboxEntry[]> {
  const shared = byStore.get(store)?.get(endpoint);
  if (shared) return shared.outbox.entries();
  return (await store.list(endpoint).catch(() => [])).map((e) => ({ ...e, place: 'device' as const }));
}
