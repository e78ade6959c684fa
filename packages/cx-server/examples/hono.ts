// Hono on Node (`npm install hono @hono/node-server`), mounted under /feedback-api beside your other routes.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createFeedbackHandler, openStore } from '@polku/cx-server';

const receiver = createFeedbackHandler({
  store: openStore(),
  basePath: '/feedback-api',
  readToken: process.env.POLKU_CX_READ_TOKEN,
  allowedOrigins: ['https://www.example.fi'],
});

const app = new Hono();
app.get('/', (c) => c.text('my service'));
// Hono's c.req.raw is the Fetch Request the receiver takes; the peer address keys the rate limit.
app.all('/feedback-api/*', (c) => receiver(c.req.raw, { clientAddress: c.env?.incoming?.socket?.remoteAddress }));

serve({ fetch: app.fetch, port: 8787 });
