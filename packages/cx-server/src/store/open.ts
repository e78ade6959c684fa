import { createPgliteStore } from './pglite';
import { createPostgresStore } from './postgres';
import type { FeedbackStore } from './types';

export interface OpenStoreOptions {
  /** PostgreSQL connection string; default `process.env.DATABASE_URL`. */
  databaseUrl?: string;
  /** PGlite folder when there is no database URL; default `./.polku-cx`. */
  dataDir?: string;
}

/** Default PGlite folder of the CLI and {@link openStore}. */
export const DEFAULT_DATA_DIR = './.polku-cx';

/** PostgreSQL when `DATABASE_URL` (or `databaseUrl`) is set, else PGlite in `dataDir`. */
export function openStore(options: OpenStoreOptions = {}): FeedbackStore {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) return createPostgresStore({ connectionString: databaseUrl });
  return createPgliteStore({ dataDir: options.dataDir ?? DEFAULT_DATA_DIR });
}
