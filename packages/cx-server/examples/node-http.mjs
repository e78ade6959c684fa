// A receiver on Node's own http server: `node examples/node-http.mjs`, then POST answers to /v1/feedback.
// PORT (default 8787), POLKU_CX_DATA (default ./.polku-cx), DATABASE_URL (PostgreSQL instead of PGlite),
// POLKU_CX_READ_TOKEN (the read routes' bearer token).
import { createServer } from 'node:http';
import { createFeedbackHandler, openStore, toNodeListener } from '@polku/cx-server';

const store = openStore({ dataDir: process.env.POLKU_CX_DATA ?? './.polku-cx' });
const handler = createFeedbackHandler({
  store,
  readToken: process.env.POLKU_CX_READ_TOKEN,
  // The pages allowed to post from another origin (a Vite dev server here).
  allowedOrigins: ['http://localhost:5173'],
});

const server = createServer(toNodeListener(handler));
server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => {
  console.log(`feedback receiver on http://127.0.0.1:${server.address().port}`);
});

// Close the database on the way out, so PGlite flushes its data folder.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => store.close().then(() => process.exit(0))));
}
