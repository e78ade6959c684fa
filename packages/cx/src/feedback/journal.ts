import { isEntry, type OutboxEntry } from './outbox-store';
import type { EnumerableStorage } from './storage';

/**
 * The outbox's write-ahead journal: a synchronous copy of each answer, written at Send before the asynchronous
 * IndexedDB write, so a reload right after Send (while the widget says "Sending…") loses nothing. The copy is removed
 * once the answer is kept on the device or delivered; the next outbox for its endpoint moves what is left into the
 * store. Best effort: a full or blocked storage just writes nothing (the answer's place is still told honestly).
 */
export interface OutboxJournal {
  /** Writes the entry now (synchronously); false when the storage refused. */
  write(entry: OutboxEntry): boolean;
  remove(id: string): void;
  /** The journaled entries of one endpoint. */
  list(endpoint: string): OutboxEntry[];
}

/** A journal in Web Storage (the page's localStorage), one key per answer: `<prefix>.<id>`. */
export function createStorageJournal(storage: EnumerableStorage, prefix = 'polku.feedback.journal'): OutboxJournal {
  const key = (id: string) => `${prefix}.${id}`;
  return {
    write(entry) {
      try {
        storage.setItem(key(entry.id), JSON.stringify(entry));
        return true;
      } catch {
        return false; // QuotaExceededError, SecurityError
      }
    },
    remove(id) {
      try {
        storage.removeItem(key(id));
      } catch {
        // blocked: nothing was written either
      }
    },
    list(endpoint) {
      const entries: OutboxEntry[] = [];
      try {
        for (let i = 0; i < storage.length; i += 1) {
          const name = storage.key(i);
          if (!name?.startsWith(`${prefix}.`)) continue;
          const value: unknown = JSON.parse(storage.getItem(name) ?? 'null');
          if (isEntry(value) && value.endpoint === endpoint) entries.push(value);
        }
      } catch {
        // blocked or corrupt: nothing to recover
      }
      return entries;
    },
  };
}

let pageJournal: OutboxJournal | null | undefined;

/** The page's journal in localStorage, or null where there is none (server, blocked). */
export function browserJournal(): OutboxJournal | null {
  if (pageJournal !== undefined) return pageJournal;
  try {
    const storage = typeof window !== 'undefined' ? window.localStorage : undefined;
    pageJournal = storage ? createStorageJournal(storage) : null;
  } catch {
    pageJournal = null; // SecurityError
  }
  return pageJournal;
}
