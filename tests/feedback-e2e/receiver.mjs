/**
 * Starts receiver-process.mjs (the receiver in its own Node process, TypeScript sources through tsx) and talks to
 * it over IPC: answers stored so far, its memory use, and at the end the rows per answer id in its database.
 */
import { fork } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function startReceiver({ dataDir, allowedOrigins = [] } = {}) {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'polku-feedback-db-')));
  // POLKU_E2E_RECEIVER_PROCESS: another receiver script speaking the same IPC (to show the proof failing on a
  // receiver that does not dedupe, for example).
  const script = process.env.POLKU_E2E_RECEIVER_PROCESS ?? path.join(here, 'receiver-process.mjs');
  const child = fork(script, [dir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, POLKU_E2E_ORIGINS: JSON.stringify(allowedOrigins) },
  });
  const waiting = new Map();
  child.on('message', (message) => {
    const resolve = waiting.get(message.type);
    if (resolve) {
      waiting.delete(message.type);
      resolve(message);
    } else if (message.type === 'error') {
      for (const [, reject] of waiting) reject(new Error(message.message));
    }
  });
  const ask = (type, reply = type, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`receiver did not answer "${type}"`)), timeoutMs);
      waiting.set(reply, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      if (type !== 'ready') child.send({ type });
    });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Never outlive the run: the child goes when this process goes, or when it does not get ready.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  exited.then(() => process.off('exit', killChild));
  // PGlite's first start in a new folder runs initdb: seconds on an idle machine, over a minute on a loaded one.
  const ready = await Promise.race([ask('ready', 'ready', 180_000), exited.then((code) => Promise.reject(new Error(`receiver exited (${code})`)))]).catch((error) => {
    killChild();
    throw error;
  });
  return {
    url: `http://127.0.0.1:${ready.port}`,
    dataDir: dir,
    /** Map of answer id → number of rows with that id in the receiver's database. */
    async rowsById() {
      return new Map((await ask('rows')).rows);
    },
    /** The receiver process's `process.memoryUsage()`. */
    async memory() {
      return (await ask('memory')).memory;
    },
    /** Stops the receiver; returns the rows per answer id counted in SQL in the reopened database folder. */
    async finalRows() {
      const { rows } = await ask('final', 'final', 180_000);
      await exited;
      return new Map(rows);
    },
    /** Stops the receiver if it still runs. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
