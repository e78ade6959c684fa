/**
 * Shared by the receiver's tests: the store under test is PGlite (in a temporary folder), or PostgreSQL when
 * `POLKU_CX_TEST_DATABASE_URL` is set: then each store gets its own schema, so the same suites run on either.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createFeedbackHandler, type FeedbackHandlerOptions } from './handler';
import type { FeedbackResponse } from './schema';
import { createPgliteStore, pgliteDriver } from './store/pglite';
import { createSqlStore } from './store/sql-store';
import { createPostgresStore } from './store/postgres';
import type { FeedbackStore } from './store/types';

const databaseUrl = process.env.POLKU_CX_TEST_DATABASE_URL;
/** The installed PGlite's version (its exports do not include package.json). */
const pgliteVersion: string = JSON.parse(
  readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
).version;

/** Which database the suites run on. */
export const testDatabase = databaseUrl ? 'postgresql' : 'pglite';

export interface TestStore {
  store: FeedbackStore;
  /** Closes the store and opens the same database again (a restart). */
  reopen(): Promise<FeedbackStore>;
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

/** Opening an embedded database runs initdb in WebAssembly: seconds, many more on a busy machine. */
export const OPEN_TIMEOUT_MS = 120_000;

/** A fresh, empty store on the selected database, its migrations applied. */
export async function openTestStore(): Promise<TestStore> {
  const opened = await openEmptyStore();
  await opened.store.ready;
  return opened;
}

/** Wraps a store that `open` can open again on the same database, and `cleanup` removes after closing. */
function reopenable(open: () => FeedbackStore, cleanup: () => Promise<void>, first = open()): TestStore {
  let store = first;
  return {
    get store() {
      return store;
    },
    async reopen() {
      await store.close();
      store = open();
      return store;
    },
    async dispose() {
      await store.close();
      await cleanup();
    },
  };
}

async function withAdmin(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * An empty PGlite cluster as a tarball. initdb in WebAssembly is most of a new store's start (20–40 s on a busy
 * 2-core machine, against about 6 s to load a dump), so the first test file to need one writes it to the temporary
 * folder (atomically, by rename) and the others load it. Only the empty cluster is shared: every store still runs
 * its own migrations.
 */
async function emptyCluster(): Promise<Blob> {
  const file = path.join(tmpdir(), `polku-cx-pglite-${pgliteVersion}-empty.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const partial = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

async function openEmptyStore(): Promise<TestStore> {
  if (databaseUrl) {
    const schema = `polku_test_${crypto.randomUUID().replaceAll('-', '')}`;
    await withAdmin((admin) => admin.query(`CREATE SCHEMA ${schema}`));
    const connectionString = withSearchPath(databaseUrl, schema);
    return reopenable(
      () => createPostgresStore({ connectionString }),
      () => withAdmin((admin) => admin.query(`DROP SCHEMA ${schema} CASCADE`)),
    );
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'polku-cx-test-'));
  const first = createSqlStore(pgliteDriver(await PGlite.create({ dataDir, loadDataDir: await emptyCluster() })));
  return reopenable(
    () => createPgliteStore({ dataDir }),
    async () => rmSync(dataDir, { recursive: true, force: true }),
    first,
  );
}

/** A valid answer; `overrides` replace fields (a field set to `undefined` is left out of the JSON). */
export function answer(overrides: Record<string, unknown> = {}): FeedbackResponse {
  return {
    id: crypto.randomUUID(),
    kind: 'nps',
    scale: { min: 0, max: 10 },
    score: 9,
    touchpoint: 'checkout/payment',
    locale: 'fi',
    createdAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  } as FeedbackResponse;
}

export const BASE = 'http://receiver.test';

/** `POST /v1/feedback` of one answer with its Idempotency-Key (or a raw body string). */
export function postOne(body: unknown, init: { key?: string | null; headers?: Record<string, string> } = {}): Request {
  const key = init.key === undefined ? (body as { id?: string }).id : init.key;
  return new Request(`${BASE}/v1/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** `POST /v1/feedback` of a batch. */
export function postBatch(entries: unknown[], headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}/v1/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(entries),
  });
}

/** A handler on `store` without the rate limit (tests of the limit set their own). */
export function handlerOn(store: FeedbackStore, options: Partial<FeedbackHandlerOptions> = {}) {
  return createFeedbackHandler({ store, rateLimit: false, readToken: 'test-read-token', onError: () => undefined, ...options });
}
