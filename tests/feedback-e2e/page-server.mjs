/**
 * Builds the exactly-once test page with Vite (package sources through the workspace aliases, production mode) and
 * serves the built files from their own origin (the API is another origin: a page load never waits behind the
 * browser's connections to the API, which a fault run keeps busy).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '@polku/tooling/aliases';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** Builds the page into a fresh temporary folder and returns that folder. */
export async function buildPage() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'polku-feedback-e2e-'));
  await build({
    root: path.join(here, 'page'),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    resolve: { alias: workspaceAliases(root) },
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false },
  });
  return outDir;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves the folder `dir` resolves to on 127.0.0.1 (index.html for `/`), no caching so a reload loads the page
 * again. Listens at once, so the port is known while the page is still being built.
 */
export async function startPageServer(dirPromise) {
  const server = http.createServer(async (req, res) => {
    const dir = await dirPromise;
    const pathname = new URL(req.url, 'http://x').pathname;
    const file = path.join(dir, pathname === '/' ? 'index.html' : path.normalize(pathname));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}
