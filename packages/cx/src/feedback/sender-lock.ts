import type { OutboxStore } from './outbox-store';

/** The part of the Web Locks API (`navigator.locks`) the outbox uses. */
export interface LockManagerLike {
  request(name: string, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
}

export interface SenderLockOptions {
  /** Lock name, e.g. `polku-feedback:https://example.fi/v1/feedback`. */
  name: string;
  /** Web Locks; default `navigator.locks`. `null` uses the lease in `store`. */
  locks?: LockManagerLike | null;
  /** Where the lease lives when Web Locks is missing (the store the tabs share). */
  store: OutboxStore;
  /** This tab's id for the lease. */
  owner: string;
  now: () => number;
  /** How long a lease lasts without renewal (a closed tab's lease expires, then another tab takes over). */
  leaseMs: number;
}

export interface SenderLock {
  /**
   * Runs `work` while this tab is the only sender. With Web Locks it waits its turn (the browser releases the lock of a
   * closing page, so the next tab takes over); with the lease it gives up at once when another tab holds an unexpired
   * lease and resolves `false`. `stillHeld` renews the lease (always true with Web Locks).
   */
  run(work: (stillHeld: () => Promise<boolean>) => Promise<void>): Promise<boolean>;
  /** Gives the lease up (the page is going away). */
  release(): void;
}

function defaultLocks(): LockManagerLike | null {
  const locks = typeof navigator !== 'undefined' ? (navigator as { locks?: LockManagerLike }).locks : undefined;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/** One sender per endpoint across the tabs of an origin: Web Locks where available, a lease with expiry elsewhere. */
export function createSenderLock(options: SenderLockOptions): SenderLock {
  const { name, store, owner, now, leaseMs } = options;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  return {
    async run(work) {
      if (locks) {
        await locks.request(name, () => work(async () => true));
        return true;
      }
      const claim = () => store.claimLease(name, owner, now(), leaseMs).catch(() => false);
      if (!(await claim())) return false;
      try {
        await work(claim);
      } finally {
        await store.releaseLease(name, owner).catch(() => undefined);
      }
      return true;
    },
    release() {
      if (!locks) void store.releaseLease(name, owner).catch(() => undefined);
    },
  };
}
