import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver } from './driver';
import { createSqlStore } from './sql-store';
import type { FeedbackStore } from './types';

export interface PgliteStoreOptions {
  /** Folder of the embedded database (created when missing). Omit for an in-memory database (tests). */
  dataDir?: string;
}

/** Wraps a PGlite instance as a {@link SqlDriver}. */
export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    query: (text, params) => db.query(text, params),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: (text, params) => tx.query(text, params),
          exec: async (text) => void (await tx.exec(text)),
        }),
      ),
    close: () => db.close(),
  };
}

/**
 * A store on PGlite, PostgreSQL compiled to WebAssembly and embedded in the process: nothing else to install. The data
 * lives in `dataDir` and survives a restart; one process at a time may open a folder.
 */
export function createPgliteStore(options: PgliteStoreOptions = {}): FeedbackStore {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return createSqlStore(pgliteDriver(new PGlite(options.dataDir)));
}
