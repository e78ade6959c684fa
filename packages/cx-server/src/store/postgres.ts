import pg from 'pg';
import type { SqlDriver } from './driver';
import { createSqlStore } from './sql-store';
import type { FeedbackStore } from './types';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database` */
  connectionString: string;
  /** Most connections in the pool (default 10). */
  maxConnections?: number;
}

/** Wraps a `pg` pool as a {@link SqlDriver}. */
export function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    query: async (text, params) => {
      const result = await pool.query(text, params);
      return { rows: result.rows };
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (text, params) => ({ rows: (await client.query(text, params)).rows }),
          exec: async (text) => void (await client.query(text)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A store on PostgreSQL through `pg`, with the same SQL and migrations as the PGlite store. */
export function createPostgresStore(options: PostgresStoreOptions): FeedbackStore {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server is replaced by the pool; without a listener it would crash the process.
  pool.on('error', () => undefined);
  return createSqlStore(postgresDriver(pool));
}
