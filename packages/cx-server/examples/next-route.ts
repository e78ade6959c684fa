// Next.js (App Router) route handler: save as app/api/cx/[...path]/route.ts.
// The receiver then answers /api/cx/healthz, /api/cx/v1/feedback, /api/cx/v1/metrics, /api/cx/v1/export and
// DELETE /api/cx/v1/feedback/:id/contact. Set DATABASE_URL in production (several instances share one PostgreSQL);
// without it, answers go to PGlite in ./.polku-cx (one instance, e.g. `next start` on one machine).
import { createFeedbackHandler, openStore } from '@polku/cx-server';

// PGlite and pg need Node, not the Edge runtime.
export const runtime = 'nodejs';
// Never cached or prerendered.
export const dynamic = 'force-dynamic';

// One store per server process, created on first import.
const handler = createFeedbackHandler({
  store: openStore(),
  basePath: '/api/cx',
  readToken: process.env.POLKU_CX_READ_TOKEN,
  // Behind a proxy you trust: its forwarding header as the rate limit's client key.
  clientKey: (request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown',
});

// Next passes a second argument (route params); the handler only needs the request.
const handle = (request: Request) => handler(request);
export { handle as GET, handle as POST, handle as DELETE, handle as OPTIONS };
