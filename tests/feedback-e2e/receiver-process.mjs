/**
 * The receiver under test, in its own Node process (so its memory is its own): `node --import tsx
 * receiver-process.mjs <dataDir>` starts @polku/cx-server's handler on PGlite at a free port on 127.0.0.1 and tells
 * the parent over IPC. The parent asks over IPC for the rows in the database per answer id and for memory use.
 */
import http from 'node:http';

const dataDir = process.argv[2];
const mode = process.env.POLKU_E2E_RECEIVER ?? 'real';
const allowedOrigins = JSON.parse(process.env.POLKU_E2E_ORIGINS ?? '[]');
const { listener, rowsById } = mode === 'real' ? await realReceiver(dataDir) : await (await import(mode)).createReceiver({ allowedOrigins });

async function realReceiver(dir) {
  const { createFeedbackHandler, createPgliteStore, toNodeListener } = await import('../../packages/cx-server/src/index.ts');
  const store = await createPgliteStore({ dataDir: dir });
  const handler = createFeedbackHandler({ store, allowedOrigins, rateLimit: false });
  return {
    listener: toNodeListener(handler),
    rowsById: async () => {
      const { rows } = await store.query('select id::text as id, count(*)::int as n from feedback_responses group by id');
      return rows.map((row) => [row.id, row.n]);
    },
  };
}

const server = http.createServer(listener);
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));

process.on('message', async (message) => {
  try {
    if (message.type === 'rows') process.send({ type: 'rows', rows: await rowsById() });
    else if (message.type === 'memory') process.send({ type: 'memory', memory: process.memoryUsage() });
    else if (message.type === 'stop') server.close(() => process.exit(0));
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error) });
  }
});
