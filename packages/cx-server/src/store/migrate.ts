import { readdir, readFile } from 'node:fs/promises';
import { migrationsDir } from '../migrations-dir';
import type { SqlDriver } from './driver';

/** A migration file: `NNN_name.sql`, applied in version order, each once. */
export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
}

/** Any number that fits PostgreSQL's advisory-lock key: serialises migrations of several servers on one database. */
const MIGRATION_LOCK_KEY = 7_202_612;

/** Reads the migration files of `dir`, oldest first. */
export async function readMigrations(dir: URL = migrationsDir): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(new URL(file, dir), 'utf8'),
    })),
  );
}

/**
 * Applies the migrations not yet recorded in `polku_cx_migrations`, in one transaction under an advisory lock (two
 * servers starting at once on one PostgreSQL apply each migration once). Returns the names it applied.
 */
export async function migrate(driver: SqlDriver, migrations: MigrationFile[]): Promise<string[]> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS polku_cx_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM polku_cx_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO polku_cx_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.name);
    }
    return applied;
  });
}
