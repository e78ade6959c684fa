import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFeedbackHandler, type FeedbackHandlerOptions } from './handler';
import { toNodeListener } from './http/node';
import { openStore } from './store/open';
import type { FeedbackStore } from './store/types';

export interface ServeOptions extends Partial<FeedbackHandlerOptions> {
  /** TCP port (default 8787; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1; `0.0.0.0` in a container). */
  host?: string;
  /** PGlite folder when `DATABASE_URL` is not set (default `./.polku-cx`). */
  dataDir?: string;
}

export interface RunningServer {
  url: string;
  server: Server;
  store: FeedbackStore;
  /** Stops taking requests, then closes the database. */
  close(): Promise<void>;
}

/** Starts the receiver on Node `http` (what the `polku-cx-server` CLI runs). Resolves once it listens. */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', dataDir, ...handlerOptions } = options;
  const store = handlerOptions.store ?? openStore({ dataDir });
  const server = createServer(toNodeListener(createFeedbackHandler({ ...handlerOptions, store })));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url,
    server,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
