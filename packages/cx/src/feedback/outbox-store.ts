import type { DBSchema, IDBPDatabase } from 'idb';
import type { EnumerableStorage } from './storage';
import type { FeedbackResponse } from './types';

/** Where an answer is kept: `device` survives a reload and is shared by the tabs; `memory` lives as long as the page. */
export type OutboxPlace = 'device' | 'memory';

/** One answer waiting to be delivered: one record per answer, written in its own transaction. */
export interface OutboxEntry {
  /** The response id (also the record key and the idempotency key). */
  id: string;
  /** The queue it belongs to: the transport's `endpoint`. Only a sender for this endpoint touches it. */
  endpoint: string;
  response: FeedbackResponse;
  /** Sends tried so far (by any tab). */
  attempts: number;
  /** Epoch ms before which no automatic retry happens. */
  nextAttemptAt: number;
  /** `pending` is retried automatically; `failed` was refused for good and waits for the customer. */
  state: 'pending' | 'failed';
  /** Last failure reason, for display and debugging. */
  lastError?: string;
}

/** The sender lease of an endpoint, where the Web Locks API is missing. */
export interface OutboxLease {
  name: string;
  owner: string;
  expiresAt: number;
}

/** Where the outbox keeps entries. Every method may reject (storage full, blocked, gone): the outbox falls back. */
export interface OutboxStore {
  /** `device` when what is written survives a reload and is seen by other tabs. */
  readonly place: OutboxPlace;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  /** The entries of one endpoint. */
  list(endpoint: string): Promise<OutboxEntry[]>;
  /** Takes or renews lease `name` for `owner` when it is free, expired or already the owner's; true when held. */
  claimLease(name: string, owner: string, now: number, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, owner: string): Promise<void>;
}

/** Thrown by a store that has no working storage behind it. */
export class OutboxStorageUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(`No storage on this device: ${cause instanceof Error ? cause.message : String(cause ?? 'unavailable')}`);
    this.name = 'OutboxStorageUnavailableError';
  }
}

/** True for the "storage is full" errors of IndexedDB and Web Storage in every engine. */
export function isQuotaExceeded(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

const claimable = (lease: OutboxLease | undefined, owner: string, now: number) =>
  !lease || lease.owner === owner || lease.expiresAt <= now;

/** Entries in this page's memory: the last resort, and for tests. `place` says what it reports (default memory). */
export function createMemoryOutboxStore(place: OutboxPlace = 'memory'): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  const leases = new Map<string, OutboxLease>();
  return {
    place,
    put: async (entry) => {
      entries.set(entry.id, structuredClone(entry));
    },
    delete: async (id) => {
      entries.delete(id);
    },
    list: async (endpoint) => [...entries.values()].filter((e) => e.endpoint === endpoint),
    claimLease: async (name, owner, now, ttlMs) => {
      if (!claimable(leases.get(name), owner, now)) return false;
      leases.set(name, { name, owner, expiresAt: now + ttlMs });
      return true;
    },
    releaseLease: async (name, owner) => {
      if (leases.get(name)?.owner === owner) leases.delete(name);
    },
  };
}

function parse<T>(raw: string | null): T | undefined {
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/** True for a well-formed stored entry (its response id is its id). */
export const isEntry = (value: unknown): value is OutboxEntry => {
  const e = value as OutboxEntry | undefined;
  return Boolean(e && typeof e.id === 'string' && typeof e.endpoint === 'string' && e.response && e.response.id === e.id);
};

/**
 * Entries in Web Storage (localStorage where IndexedDB is missing), one key per answer (`<prefix>.<id>`), so no tab
 * ever rewrites a list another tab is changing. The lease is best effort: Web Storage has no transactions.
 */
export function createKeyValueOutboxStore(storage: EnumerableStorage, prefix = 'polku.feedback.outbox'): OutboxStore {
  const entryKey = (id: string) => `${prefix}.${id}`;
  const leaseKey = (name: string) => `${prefix}-lease.${name}`;
  return {
    place: 'device',
    put: async (entry) => storage.setItem(entryKey(entry.id), JSON.stringify(entry)),
    delete: async (id) => storage.removeItem(entryKey(id)),
    list: async (endpoint) => {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(`${prefix}.`)) keys.push(key);
      }
      return keys.map((key) => parse<unknown>(storage.getItem(key))).filter(isEntry).filter((e) => e.endpoint === endpoint);
    },
    claimLease: async (name, owner, now, ttlMs) => {
      if (!claimable(parse<OutboxLease>(storage.getItem(leaseKey(name))), owner, now)) return false;
      storage.setItem(leaseKey(name), JSON.stringify({ name, owner, expiresAt: now + ttlMs }));
      return parse<OutboxLease>(storage.getItem(leaseKey(name)))?.owner === owner;
    },
    releaseLease: async (name, owner) => {
      if (parse<OutboxLease>(storage.getItem(leaseKey(name)))?.owner === owner) storage.removeItem(leaseKey(name));
    },
  };
}

interface OutboxDatabase extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { endpoint: string } };
  leases: { key: string; value: OutboxLease };
}

/** Rejects after `ms` (a blocked or hanging open must not keep an answer waiting). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export interface IndexedDbOutboxStoreOptions {
  /** Database name, default `polku-feedback`. */
  name?: string;
  /** Give up opening after this many ms (then the outbox falls back), default 3,000. */
  openTimeoutMs?: number;
}

/**
 * Entries in IndexedDB (through `idb`): one record per answer, each write its own transaction; the lease is claimed in
 * one read-write transaction, which IndexedDB runs one at a time across tabs.
 */
export function createIndexedDbOutboxStore(options: IndexedDbOutboxStoreOptions = {}): OutboxStore & { ready(): Promise<void>; close(): Promise<void> } {
  const { name = 'polku-feedback', openTimeoutMs = 3000 } = options;
  let opening: Promise<IDBPDatabase<OutboxDatabase>> | undefined;
  const db = () =>
    (opening ??= within(
      // idb is loaded when a store first opens: a static import kept it (a module with side effects, to a bundler) in
      // every bundle that imported anything from the feedback layer, even just an error class
      import('idb').then(({ openDB }) =>
        openDB<OutboxDatabase>(name, 1, {
          upgrade(database) {
            database.createObjectStore('entries', { keyPath: 'id' }).createIndex('endpoint', 'endpoint');
            database.createObjectStore('leases', { keyPath: 'name' });
          },
        }),
      ),
      openTimeoutMs,
      'Opening IndexedDB',
    ));
  return {
    place: 'device',
    ready: async () => {
      await db();
    },
    close: async () => {
      if (opening) (await opening.catch(() => undefined))?.close();
      opening = undefined;
    },
    put: async (entry) => {
      await (await db()).put('entries', entry);
    },
    delete: async (id) => {
      await (await db()).delete('entries', id);
    },
    list: async (endpoint) => (await (await db()).getAllFromIndex('entries', 'endpoint', endpoint)).filter(isEntry),
    claimLease: async (leaseName, owner, now, ttlMs) => {
      const tx = (await db()).transaction('leases', 'readwrite');
      const held = claimable(await tx.store.get(leaseName), owner, now);
      if (held) await tx.store.put({ name: leaseName, owner, expiresAt: now + ttlMs });
      await tx.done;
      return held;
    },
    releaseLease: async (leaseName, owner) => {
      const tx = (await db()).transaction('leases', 'readwrite');
      if ((await tx.store.get(leaseName))?.owner === owner) await tx.store.delete(leaseName);
      await tx.done;
    },
  };
}

/** The page's localStorage when it exists and accepts a write; undefined when missing or blocked. */
function workingLocalStorage(): EnumerableStorage | undefined {
  try {
    const storage = typeof window !== 'undefined' ? window.localStorage : undefined;
    if (!storage) return undefined;
    storage.setItem('__polku_probe__', '1');
    storage.removeItem('__polku_probe__');
    return storage;
  } catch {
    return undefined; // SecurityError: blocked by privacy settings or a sandbox
  }
}

/**
 * The device store: IndexedDB when it opens, else localStorage when it works, else none — then every `put` rejects
 * with `OutboxStorageUnavailableError` and the outbox keeps the answer in memory (and says so). Chosen once, lazily.
 */
export function createDeviceOutboxStore(options: IndexedDbOutboxStoreOptions = {}): OutboxStore {
  let chosen: Promise<OutboxStore | OutboxStorageUnavailableError> | undefined;
  const choose = () =>
    (chosen ??= (async () => {
      let failure: unknown;
      if (typeof indexedDB !== 'undefined') {
        const store = createIndexedDbOutboxStore(options);
        try {
          await store.ready();
          return store;
        } catch (error) {
          failure = error; // SecurityError (blocked), InvalidStateError (private mode), a hanging open
        }
      }
      const local = workingLocalStorage();
      return local ? createKeyValueOutboxStore(local) : new OutboxStorageUnavailableError(failure);
    })());
  const withStore = async <T>(work: (store: OutboxStore) => Promise<T>, otherwise: () => T): Promise<T> => {
    const store = await choose();
    return store instanceof OutboxStorageUnavailableError ? otherwise() : work(store);
  };
  return {
    place: 'device',
    put: async (entry) =>
      withStore(
        (s) => s.put(entry),
        () => {
          throw new OutboxStorageUnavailableError();
        },
      ),
    delete: (id) => withStore((s) => s.delete(id), () => undefined),
    list: (endpoint) => withStore((s) => s.list(endpoint), () => []),
    // Nothing is shared without storage, so there is nobody to share the lease with.
    claimLease: (name, owner, now, ttlMs) => withStore((s) => s.claimLease(name, owner, now, ttlMs), () => true),
    releaseLease: (name, owner) => withStore((s) => s.releaseLease(name, owner), () => undefined),
  };
}
