// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answer, OPEN_TIMEOUT_MS } from './test-helpers';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs a TypeScript/ESM file from sources (tsx, with the package name mapped to src/) until it prints a URL. */
function start(file: string, args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: packageDir,
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(packageDir, 'tsconfig.examples.json'), DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) resolve({ child, url });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}:\n${output}`)));
  });
}

/**
 * Polls /healthz until 200 (503 while migrations run). While PGlite initialises, WebAssembly can hold the child's
 * event loop for seconds, and a kept-alive socket may then be reset under the next poll: a reset is polled again.
 */
async function healthy(url: string): Promise<Response> {
  for (;;) {
    const response = await fetch(`${url}/healthz`).catch((error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
      return null;
    });
    if (response?.status === 200) return response;
    if (response) expect(response.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function post(url: string) {
  const one = answer();
  const response = await fetch(`${url}/v1/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': one.id },
    body: JSON.stringify(one),
  });
  return { one, response };
}

const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'polku-cx-cli-'));
  dirs.push(dir);
  return dir;
};

describe('polku-cx-server and the Node example, as child processes', () => {
  it(
    'the CLI answers /healthz and stores a POST; the read token comes from the environment',
    async () => {
      const { url } = await start('src/cli.ts', ['--port', '0', '--data', path.join(tempDir(), 'data')], {
        POLKU_CX_READ_TOKEN: 'cli-token',
      });
      expect(await (await healthy(url)).json()).toEqual({ ok: true });
      const { one, response } = await post(url);
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ id: one.id, status: 'created' });
      const exported = await fetch(`${url}/v1/export`, { headers: { Authorization: 'Bearer cli-token' } });
      expect(JSON.parse(await exported.text())).toEqual(one);
    },
    OPEN_TIMEOUT_MS,
  );

  it(
    'examples/node-http.mjs runs as documented',
    async () => {
      const { url } = await start('examples/node-http.mjs', [], { PORT: '0', POLKU_CX_DATA: path.join(tempDir(), 'data') });
      await healthy(url);
      const { response } = await post(url);
      expect(response.status).toBe(201);
      const preflight = await fetch(`${url}/v1/feedback`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(204);
    },
    OPEN_TIMEOUT_MS,
  );
});
