/** The part of the Web Storage API the feedback layer uses; localStorage fits, and so does the in-memory one below. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Web Storage that can list its keys (localStorage fits); the outbox keeps one key per answer in it. */
export interface EnumerableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

/** Storage in memory: for tests, simulations and as the fallback when localStorage is unavailable. */
export function createMemoryStorage(initial: Record<string, string> = {}): EnumerableStorage & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
    dump: () => Object.fromEntries(data),
  };
}

let fallback: KeyValueStorage | undefined;

/**
 * The browser's localStorage when it exists and works (not on the server, not when blocked by privacy settings);
 * otherwise a per-process in-memory storage. Only touches `window` when called, never at import.
 */
export function getBrowserStorage(): KeyValueStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) {
      const probe = '__polku_probe__';
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return window.localStorage;
    }
  } catch {
    // Storage blocked (Safari private mode, sandboxed iframe): fall through to memory.
  }
  fallback ??= createMemoryStorage();
  return fallback;
}

/** Reads JSON from storage; a missing or corrupt value gives `fallbackValue` instead of throwing. */
export function readJson<T>(storage: KeyValueStorage, key: string, fallbackValue: T): T {
  try {
    const raw = storage.getItem(key);
    return raw == null ? fallbackValue : (JSON.parse(raw) as T);
  } catch {
    return fallbackValue;
  }
}

/** Writes JSON; returns false when the storage refused (quota exceeded). */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
