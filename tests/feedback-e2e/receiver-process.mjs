/**
 * The receiver under test, in its own Node process (so its memory is its own): `node --import tsx
 * receiver-process.mjs <dataDir>` starts @polku/cx-server's handler on PGlite in `dataDir` at a free port on
 * 127.0.0.1 and tells the parent over IPC. The parent then asks over IPC:
 * - `rows`: answer ids stored so far, read back through the store's export (while the receiver runs);
 * - `final`: the receiver stops and closes its database; the data folder is opened again with PGlite and the rows
 *   of the answers table are counted per id in SQL: what is on disk, after a restart.
 * - `memory`: this process's `process.memoryUsage()`.
 */
import http from 'node:http';
import { createRequire } from 'node:module';

const dataDir = process.argv[2];
const allowedOrigins = JSON.parse(process.env.POLKU_E2E_ORIGINS ?? '[]');
const cxServer = new URL('../../packages/cx-server/', import.meta.url);
const { createFeedbackHandler, createPgliteStore, toNodeListener } = await import(new URL('src/index.ts', cxServer).href);

const store = createPgliteStore({ dataDir });
await store.ready;
const handler = createFeedbackHandler({ store, allowedOrigins, rateLimit: false });
const server = http.createServer(toNodeListener(handler));
server.keepAliveTimeout = 30_000;

/** Stored answer ids, read back page by page through the store's export. */
async function liveRows() {
  const counts = new Map();
  for (let cursor; ; ) {
    const page = await store.exportPage({}, cursor, 1000);
    for (const { answer } of page) counts.set(answer.id, (counts.get(answer.id) ?? 0) + 1);
    if (page.length < 1000) return [...counts];
    cursor = page.at(-1).cursor;
  }
}

/** Stops serving, closes the store, opens the folder again and counts rows per answer id. */
async function finalRows() {
  const step = (name) => process.env.POLKU_E2E_DEBUG && console.error(`[receiver] ${name} ${new Date().toISOString()}`);
  step('closing server');
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  step('closing store');
  await store.close();
  step('reopening');
  const pglite = createRequire(new URL('package.json', cxServer)).resolve('@electric-sql/pglite');
  const { PGlite } = await import(pglite);
  const db = new PGlite(dataDir);
  const { rows } = await db.query('SELECT id::text AS id, count(*)::int AS n FROM feedback_answers GROUP BY id');
  await db.close();
  step('counted');
  return rows.map((row) => [row.id, row.n]);
}

server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
// The parent is gone (finished, killed, timed out): so is the receiver.
process.on('disconnect', () => process.exit(0));

process.on('message', async (message) => {
  try {
    if (message.type === 'rows') process.send({ type: 'rows', rows: await liveRows() });
    else if (message.type === 'memory') process.send({ type: 'memory', memory: process.memoryUsage() });
    else if (message.type === 'final') {
      // Exit only once the message is out: a large one is still being written when send() returns.
      process.send({ type: 'final', rows: await finalRows() }, () => process.exit(0));
    }
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error) });
  }
});
