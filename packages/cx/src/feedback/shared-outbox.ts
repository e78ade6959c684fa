import { browserJournal } from './journal';
import { createOutbox, outboxSettled, type Outbox, type PlacedOutboxEntry } from './outbox';
import { createDeviceOutboxStore, type OutboxStore } from './outbox-store';
import type { FeedbackTransport } from './transport';

interface Shared {
  outbox: Outbox;
  users: number;
  /** The transports of the widgets using it, in the order they acquired it; the first one sends. */
  senders: FeedbackTransport[];
  /** The transport of the last widget that released it, for what it still sends before it is disposed. */
  last: FeedbackTransport;
  /** Counts releases to zero users: a disposal waiting for sends in flight goes ahead only if it is still the latest. */
  retirement: number;
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
 * widget that sends there, started on first use. The transport of the earliest widget still mounted sends for all of
 * them. When the last user releases it, it is disposed once its answers being kept and requests in flight have settled
 * (a delivered answer's record is deleted, not left for the next outbox to send again); a widget that mounts meanwhile
 * takes it over.
 */
export function acquireOutbox(transport: FeedbackTransport, store: OutboxStore = defaultOutboxStore()): { outbox: Outbox; release: () => void } {
  const endpoint = transport.endpoint ?? 'default';
  let outboxes = byStore.get(store);
  if (!outboxes) byStore.set(store, (outboxes = new Map()));
  let shared = outboxes.get(endpoint);
  if (!shared) {
    // The write-ahead journal goes with the page's own storage only (a given store is the caller's to keep).
    const journal = store === pageStore ? browserJournal() : null;
    const sender = () => created.senders[0] ?? created.last;
    const delegate: FeedbackTransport = (response, options) => sender()(response, options);
    delegate.endpoint = endpoint;
    if (transport.sendBatch) {
      delegate.sendBatch = (responses, options) => {
        const to = sender();
        return to.sendBatch ? to.sendBatch(responses, options) : Promise.all(responses.map((response) => to(response, options)));
      };
    }
    const outbox = createOutbox({ transport: delegate, store, endpoint, journal });
    const created: Shared = { outbox, users: 0, senders: [], last: transport, retirement: 0, stop: () => {} };
    created.stop = outbox.start();
    shared = created;
    outboxes.set(endpoint, shared);
  }
  shared.users += 1;
  shared.senders.push(transport);
  const entry = shared;
  const map = outboxes;
  let released = false;
  const dispose = () => {
    entry.stop();
    entry.outbox.dispose();
    if (map.get(endpoint) === entry) map.delete(endpoint);
  };
  return {
    outbox: entry.outbox,
    release() {
      if (released) return;
      released = true;
      entry.users -= 1;
      const at = entry.senders.indexOf(transport);
      if (at >= 0) entry.senders.splice(at, 1);
      entry.last = transport;
      if (entry.users > 0) return;
      const retirement = (entry.retirement += 1);
      const settled = outboxSettled(entry.outbox);
      if (!settled) return dispose();
      void settled.then(() => {
        if (entry.users === 0 && entry.retirement === retirement) dispose();
      });
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
