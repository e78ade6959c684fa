// Helpers for the consumer tests: shell commands, a static file server, Chromium with console capture.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';

export function sh(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'pipe', encoding: 'utf8', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}) in ${options.cwd ?? process.cwd()}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`,
    );
  }
  const shown = args.join(' ').replace(/\s+/g, ' ');
  console.log(`    $ ${command} ${shown.length > 100 ? `${shown.slice(0, 100)}…` : shown}  (${seconds}s)`);
  return result.stdout;
}

/** Like sh, without blocking: several npm installs can overlap (they mostly wait on the network and disk). */
export function shAsync(command, args, options = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code !== 0) {
        reject(
          new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${options.cwd ?? process.cwd()}\n${output}`),
        );
        return;
      }
      console.log(`    $ ${command} ${args.join(' ')}  (${seconds}s, in ${path.basename(options.cwd ?? '.')})`);
      resolve(output);
    });
  });
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves a directory (SPA fallback to index.html) on a free port. */
export async function serveStatic(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(dir, 'index.html');
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Starts a long-running process and resolves when it prints `ready` (a RegExp); returns { url, stop, output }. */
export function startProcess(command, args, { cwd, env, ready, timeoutMs = 60_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const stop = () =>
      new Promise((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          r();
        }
      });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${command} ${args.join(' ')} not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

let browser;
export async function getBrowser() {
  browser ??= await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens `url` in a fresh page and records every console message, page error and failed request.
 * `blockScripts` aborts every script request, so what renders is the server HTML and CSS alone.
 */
export async function openPage(url, { blockScripts = false } = {}) {
  const context = await (await getBrowser()).newContext({ javaScriptEnabled: !blockScripts });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (msg) => messages.push({ type: msg.type(), text: msg.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error) }));
  page.on('requestfailed', (request) => messages.push({ type: 'requestfailed', text: request.url() }));
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages, close: () => context.close() };
}

/** Runs checks on an opened page; a failure also prints what the page logged, which is usually the cause. */
export async function withConsole({ messages }, checks) {
  try {
    await checks();
  } catch (error) {
    const log = messages.map((m) => `  [${m.type}] ${m.text}`).join('\n');
    error.message += log ? `\npage console:\n${log}` : '\npage console: (empty)';
    throw error;
  }
}

/** Fails with every console error/warning, page error or failed request that was recorded. */
export function assertCleanConsole(messages, label) {
  const bad = messages.filter((m) => ['error', 'warning', 'pageerror', 'requestfailed'].includes(m.type));
  if (bad.length > 0) {
    throw new Error(`${label}: unexpected console output:\n${bad.map((m) => `  [${m.type}] ${m.text}`).join('\n')}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The computed styles a styled Polku Button has only when both the tokens CSS and its component CSS apply. */
export async function buttonStyles(page, selector) {
  return page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element);
    const probe = document.createElement('div');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(
      '--polku-color-action-primary-background',
    );
    document.body.append(probe);
    const expectedBackground = getComputedStyle(probe).color;
    probe.remove();
    return { minHeight: style.minHeight, cursor: style.cursor, background: style.backgroundColor, expectedBackground };
  });
}

/** Asserts that the primary Button is styled by Polku: control height from tokens, brand background colour. */
export function assertStyledButton(styles, label) {
  assert(
    styles.minHeight === '40px',
    `${label}: Button min-height is ${styles.minHeight}, expected 40px (--polku-size-control-m): component or token CSS missing`,
  );
  assert(
    styles.cursor === 'pointer',
    `${label}: Button cursor is ${styles.cursor}, expected pointer: component CSS missing`,
  );
  assert(
    styles.background === styles.expectedBackground && styles.background !== 'rgba(0, 0, 0, 0)',
    `${label}: Button background ${styles.background}, expected --polku-color-action-primary-background (${styles.expectedBackground})`,
  );
}
