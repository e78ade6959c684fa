#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { serve } from './server';
import { DEFAULT_DATA_DIR } from './store/open';

const usage = `Usage: polku-cx-server [--port 8787] [--host 127.0.0.1] [--data ./.polku-cx]

Receives Polku feedback (POST /v1/feedback) and stores each answer once.
  --port  TCP port (default 8787)
  --host  interface (default 127.0.0.1; 0.0.0.0 in a container)
  --data  PGlite data folder (default ${DEFAULT_DATA_DIR}); ignored when DATABASE_URL is set
Environment:
  DATABASE_URL              postgres://… to use PostgreSQL instead of PGlite
  POLKU_CX_READ_TOKEN       bearer token of GET /v1/metrics, GET /v1/export and contact erasure
  POLKU_CX_ALLOWED_ORIGINS  comma-separated origins whose pages may post (CORS)`;

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port ${values.port} is not a port number`);
  const env = process.env;
  const running = await serve({
    port,
    host: values.host,
    dataDir: values.data,
    readToken: env.POLKU_CX_READ_TOKEN || undefined,
    allowedOrigins: (env.POLKU_CX_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
  });
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${values.data}`;
  console.log(`polku-cx-server listening on ${running.url} (${where})`);
  const applied = await running.store.ready;
  console.log(applied.length > 0 ? `migrations applied: ${applied.join(', ')}` : 'migrations up to date');
  console.log('ready');
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`polku-cx-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
