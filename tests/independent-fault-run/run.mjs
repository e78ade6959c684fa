#!/usr/bin/env node
// Independent fault run of Polku feedback delivery (issue #15), written from the public docs only: the packed
// @polku/* tarballs installed with npm into this folder, a React page that uses only their public exports, real
// Chromium (playwright-core + the system Chromium), the real receiver CLI (`polku-cx-server --port --data`, PGlite)
// behind a fault proxy written here. At the end of each situation the rows in the receivers' databases are counted
// through the documented export route (bearer token): 0 lost, 0 counted twice.
//
// Usage: node run.mjs [--only name,name] [--no-pack] [--keep-data]
//   --only       run only these situations (names in SITUATIONS below; the counter self-check always runs last)
//   --no-pack    reuse the tarballs and node_modules of the previous run (skip `pnpm build`-less repack + npm install)
// Writes ../../bench/results/independent-fault-run.{md,json}. Exit code 1 when any situation fails.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
// Build output and PGlite folders live outside the repository (the root tsconfig includes tests/ with allowJs).
const out = process.env.IFR_OUT ?? path.join(os.tmpdir(), 'polku-independent-fault-run');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const only = option('--only')?.split(',');
const runId = `ifr-${new Date().toISOString().replace(/[:.]/g, '-')}`;
const token = randomUUID();
const started = Date.now();
const log = (...parts) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s]`, ...parts);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------
// 1. Install like a new team: pack the packages, npm-install the tarballs here, bundle the page with esbuild.
// ---------------------------------------------------------------------------------------------------------------
function sh(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited ${result.status}`);
}

const tarballDir = path.join(os.tmpdir(), 'polku-independent-fault-run-tarballs');
if (!flag('--no-pack')) {
  for (const dir of ['tokens', 'react', 'cx', 'cx-server']) {
    if (!existsSync(path.join(repo, 'packages', dir, 'dist')))
      throw new Error(`packages/${dir}/dist is missing: run \`pnpm build\` in the repository first`);
  }
  log('packing the packages (pnpm pack through scripts/pack.mjs)');
  sh('node', [path.join(repo, 'scripts/pack.mjs'), tarballDir], { cwd: repo });
  // The same version number every run: drop the installed copies so npm unpacks the fresh tarballs.
  rmSync(path.join(here, 'node_modules/@polku'), { recursive: true, force: true });
  const tarballs = readdirSync(tarballDir).filter((file) => file.endsWith('.tgz')).map((file) => path.join(tarballDir, file));
  log('npm install', tarballs.map((file) => path.basename(file)).join(' '));
  sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: here });
}
for (const name of ['cx', 'cx-server', 'react', 'tokens']) {
  if (!existsSync(path.join(here, 'node_modules/@polku', name, 'package.json')))
    throw new Error(`@polku/${name} is not installed here: run without --no-pack`);
}
const { chromium } = await import('playwright-core');
const esbuild = await import('esbuild');
const appOut = path.join(out, 'app');
mkdirSync(appOut, { recursive: true });
await esbuild.build({
  entryPoints: [path.join(here, 'app/main.jsx')],
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  minify: true,
  outdir: appOut,
  // Not the monorepo's tsconfig (its `paths` point @polku/* at the workspace sources): this app uses the tarballs.
  tsconfigRaw: '{}',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const bundleText = readFileSync(path.join(appOut, 'main.js'), 'utf8');
if (bundleText.includes('packages/react/src') || bundleText.includes('packages/cx/src'))
  throw new Error('the bundle contains workspace sources, not the installed tarballs');
const indexHtml = `<!doctype html><html lang="en" data-polku-theme="light"><head><meta charset="utf-8">
<title>Polku independent fault run</title><link rel="stylesheet" href="/main.css"></head>
<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>`;

// ---------------------------------------------------------------------------------------------------------------
// 2. Receivers: the real CLI, one per endpoint, each with its own PGlite folder.
// ---------------------------------------------------------------------------------------------------------------
const cli = path.join(here, 'node_modules/@polku/cx-server', JSON.parse(readFileSync(path.join(here, 'node_modules/@polku/cx-server/package.json'), 'utf8')).bin['polku-cx-server']);
const dataRoot = path.join(out, 'data', runId);
const receivers = {};
/** A port the system just gave out (listen on 0, close). */
async function freePort() {
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startReceiver(name) {
  const existing = receivers[name];
  const port = existing?.port ?? (await freePort());
  const data = path.join(dataRoot, name);
  mkdirSync(data, { recursive: true });
  const child = spawn(process.execPath, [cli, '--port', String(port), '--data', data], {
    env: { ...process.env, POLKU_CX_READ_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  receivers[name] = { name, port, child, exited, output, up: false };
  const deadline = Date.now() + 240_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`receiver ${name} exited: ${output.join('')}`);
    try {
      const reply = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      last = `HTTP ${reply.status}`;
      await reply.arrayBuffer();
      if (reply.status === 200) {
        receivers[name].up = true;
        return receivers[name];
      }
    } catch (error) {
      last = String(error.cause?.code ?? error.name); // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`receiver ${name} not healthy after 240 s (${last}): ${output.join('')}`);
}

// Receivers are child processes: end them with this process, also when it is interrupted.
process.on('exit', () => {
  for (const receiver of Object.values(receivers)) if (receiver.child.exitCode === null) receiver.child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** A real outage: the receiver process is killed (the proxy then meets a refused connection). */
async function stopReceiver(name) {
  const receiver = receivers[name];
  if (!receiver?.up) return;
  receiver.up = false;
  receiver.child.kill('SIGKILL');
  await receiver.exited;
}

/** Every stored answer of a receiver, through GET /v1/export (bearer), NDJSON. */
async function exportRows(name) {
  const reply = await fetch(`http://127.0.0.1:${receivers[name].port}/v1/export`, { headers: { Authorization: `Bearer ${token}` } });
  if (reply.status !== 200) throw new Error(`export ${name}: HTTP ${reply.status}`);
  const text = await reply.text();
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

// ---------------------------------------------------------------------------------------------------------------
// 3. The fault proxy: serves the page and forwards /<receiver>/… to that receiver, with faults.
// ---------------------------------------------------------------------------------------------------------------
/**
 * Fault mix per receiver: each request draws one fault with these probabilities (the rest pass).
 * 'resetBefore' destroys the socket before forwarding, 'resetAfter' forwards, lets the receiver store it and
 * destroys the socket instead of answering, 'delay' forwards after 2–5 s, 'down' answers 503 to everything.
 * Two modes exist only for the counter self-check: 'ackDrop' answers 201 without forwarding (a receiver that loses
 * what it acknowledged), 'duplicateNewId' forwards and then forwards a copy whose ids are new (a receiver that does
 * not dedupe a replay).
 */
const faultMixes = {
  clean: {},
  chaos: { s500: 0.12, s503: 0.1, resetBefore: 0.08, resetAfter: 0.1, delay: 0.1 },
  errors: { s500: 0.25, s503: 0.2, resetAfter: 0.1 },
  delays: { delay: 1 },
  down: { s503: 1 },
  ackDrop: { ackDrop: 0.3 },
  duplicateNewId: { duplicateNewId: 0.3 },
};
const proxy = { modes: {}, stats: newStats() };
function newStats() {
  return { requests: 0, entries: 0, forwardedRequests: 0, forwardedEntries: 0, created: 0, duplicate: 0, refused: 0, keepaliveLike: 0, faults: {}, statuses: {}, byReceiver: {} };
}
function drawFault(mix) {
  let roll = Math.random();
  for (const [fault, probability] of Object.entries(mix)) {
    if (roll < probability) return fault;
    roll -= probability;
  }
  return 'pass';
}
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
function entriesOf(body) {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [];
  }
}
function forward(name, request, body, pathname) {
  return new Promise((resolve, reject) => {
    // A transparent reverse proxy: the page's Host and Origin go through unchanged, so the receiver sees a
    // same-origin request (no CORS configuration needed), as behind a site's own /feedback-api route.
    const headers = { ...request.headers, 'content-length': String(body.length) };
    const upstream = http.request({ host: '127.0.0.1', port: receivers[name].port, method: request.method, path: pathname, headers }, (reply) => {
      readBody(reply).then((replyBody) => resolve({ status: reply.statusCode, headers: reply.headers, body: replyBody }), reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}
function countReply(name, reply, entries) {
  const stats = proxy.stats;
  stats.forwardedRequests += 1;
  stats.forwardedEntries += entries.length;
  const per = (stats.byReceiver[name] ??= { forwardedEntries: 0, created: 0, duplicate: 0 });
  per.forwardedEntries += entries.length;
  let results = [];
  try {
    const parsed = JSON.parse(reply.body.toString('utf8'));
    results = Array.isArray(parsed.results) ? parsed.results.map((entry) => entry.status) : [reply.status];
  } catch {
    results = [reply.status];
  }
  for (const status of results) {
    const outcome = status === 201 || status === 'created' ? 'created' : status === 200 || status === 'duplicate' ? 'duplicate' : 'refused';
    stats[outcome] += 1;
    per[outcome] = (per[outcome] ?? 0) + 1;
  }
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url, 'http://proxy');
  if (request.method === 'GET' && (url.pathname === '/main.js' || url.pathname === '/main.css')) {
    response.setHeader('Content-Type', url.pathname.endsWith('.js') ? 'text/javascript' : 'text/css');
    response.setHeader('Cache-Control', 'no-store');
    response.end(readFileSync(path.join(appOut, url.pathname.slice(1))));
    return;
  }
  const match = /^\/([a-d])(\/.*)$/.exec(url.pathname);
  if (!match) {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(indexHtml);
    return;
  }
  const [, name, rest] = match;
  const pathname = rest + url.search;
  const body = await readBody(request).catch(() => Buffer.alloc(0));
  const entries = request.method === 'POST' ? entriesOf(body) : [];
  const stats = proxy.stats;
  stats.requests += 1;
  stats.entries += entries.length;
  const fault = request.method === 'POST' ? drawFault(faultMixes[proxy.modes[name] ?? 'clean']) : 'pass';
  stats.faults[fault] = (stats.faults[fault] ?? 0) + 1;
  const answer = (status, payload) => {
    stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
    response.statusCode = status;
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(payload));
  };
  try {
    if (fault === 's500') return answer(500, { title: 'Injected 500', status: 500 });
    if (fault === 's503') return answer(503, { title: 'Injected 503', status: 503 });
    if (fault === 'resetBefore') return void request.socket.destroy();
    if (fault === 'ackDrop') {
      const parsed = entriesOf(body);
      const batch = body.toString('utf8').trimStart().startsWith('[');
      return batch
        ? answer(200, { results: parsed.map((entry) => ({ id: entry.id, status: 201 })) })
        : answer(201, { id: parsed[0]?.id, status: 'created' });
    }
    if (fault === 'delay') await sleep(2000 + Math.random() * 3000);
    if (!receivers[name]?.up) return answer(502, { title: 'Receiver down', status: 502 });
    const reply = await forward(name, request, body, pathname);
    countReply(name, reply, entries);
    if (fault === 'duplicateNewId') {
      const copy = entriesOf(body).map((entry) => ({ ...entry, id: randomUUID() }));
      const batch = body.toString('utf8').trimStart().startsWith('[');
      const copyBody = Buffer.from(JSON.stringify(batch ? copy : copy[0]));
      const copyRequest = { method: request.method, headers: { ...request.headers, 'idempotency-key': copy[0]?.id } };
      const copyPath = url.searchParams.has('idempotencyKey') ? `${rest}?idempotencyKey=${copy[0]?.id}` : pathname;
      countReply(name, await forward(name, copyRequest, copyBody, copyPath), copy);
    }
    if (fault === 'resetAfter') return void request.socket.destroy();
    stats.statuses[reply.status] = (stats.statuses[reply.status] ?? 0) + 1;
    response.statusCode = reply.status;
    for (const [key, value] of Object.entries(reply.headers)) {
      if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)) response.setHeader(key, value);
    }
    response.end(reply.body);
  } catch {
    // the receiver went away mid-request (an outage): the client sees a bad gateway
    if (!response.headersSent) answer(502, { title: 'Receiver unreachable', status: 502 });
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------------------------
// 4. The customer: Chromium, clicking the scale and Send.
// ---------------------------------------------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // The last three: headless Chromium pauses requestAnimationFrame in every tab but the front one, and playwright's
  // click waits for animation frames (a two-tab customer took 2–4 s per click). Timers and sending are not changed.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});
const pageErrors = [];

async function openTab(context, tab, query = '') {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${tab}: ${error.message}`));
  await page.goto(`${origin}/?tab=${tab}${query}`);
  await page.waitForFunction(() => window.ifrReady === true);
  return page;
}

/** Texts (en) the docs promise for each state; what the customer was told decides how an answer is counted. */
const uiText = {
  thanks: 'Thank you for your feedback!',
  memory: ['kept only while this page is open', 'could not be saved on this device'],
  unsaved: 'Your answer could not be kept',
  failed: 'Your answer could not be sent',
  earlier: 'Your earlier answer is waiting to be sent.',
};
function classify(text) {
  if (text.includes(uiText.unsaved)) return 'unsaved';
  if (text.includes(uiText.failed)) return 'failed';
  if (uiText.memory.some((part) => text.includes(part))) return 'memory';
  if (text.includes(uiText.thanks)) return 'thanks';
  if (text.includes(uiText.earlier)) return 'earlier';
  return 'device';
}

const kinds = ['nps', 'csat', 'ces', 'emotion'];
let clickRetries = 0;
const scaleSize = { nps: 11, csat: 5, ces: 7, emotion: 5 };

/** A situation's record of every answer given through the UI: seq → what happened to it. */
function newLedger(situation) {
  return { situation, answers: new Map(), startedAt: Date.now() };
}
function widget(ledger, seq, endpoint) {
  return { run: runId, situation: ledger.situation, seq, kind: kinds[seq % kinds.length], endpoint };
}
async function show(page, widgets) {
  await page.evaluate((list) => window.ifr.render(list), widgets);
  if (widgets.length > 0) await page.locator(`section[data-seq="${widgets.at(-1).seq}"] form`).waitFor();
}

/**
 * Chooses a score and presses Send, as a customer would. `peek` waits briefly for the status the widget shows
 * (saving → a status), so memory-only answers are recognised by what the customer read.
 */
async function answer(page, ledger, w, { tab = 'tab', peek = true } = {}) {
  const section = page.locator(`section[data-seq="${w.seq}"]`);
  const radios = section.getByRole('radio');
  const choice = radios.nth(Math.floor(Math.random() * scaleSize[w.kind]));
  // A status text appearing in a widget above can move this one between playwright's scroll and its click, so the
  // click lands elsewhere: try again (counted in the results as clickRetries).
  for (let attempt = 0; ; attempt += 1) {
    try {
      await choice.check({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      clickRetries += 1;
      await sleep(200);
    }
  }
  await section.getByRole('button', { name: 'Send', exact: true }).click();
  const record = { seq: w.seq, endpoint: w.endpoint, tab, said: 'device', closedBeforeSent: false, page };
  ledger.answers.set(w.seq, record);
  if (peek) await readStatus(record);
  return record;
}
async function readStatus(record, timeout = 1500) {
  const section = record.page.locator(`section[data-seq="${record.seq}"]`);
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await section.innerText({ timeout: 1000 }).catch(() => '');
    if (text && !/^\s*Feedback\s*Sending…\s*$/.test(text)) break;
    await sleep(50);
  }
  const said = classify(text);
  if (said === 'memory' || said === 'unsaved' || said === 'failed') record.said = said;
  if (said === 'thanks') record.thanked = true;
  return said;
}
/** Before a page closes or reloads: which of its memory-only answers were not yet thanked (so the UI said lost). */
async function markClosing(ledger, page) {
  for (const record of ledger.answers.values()) {
    if (record.page !== page || record.closedBeforeSent) continue;
    if (record.said !== 'memory') continue;
    const now = await readStatus(record, 200);
    record.closedBeforeSent = now !== 'thanks' && !record.thanked;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Counting rows in the receivers' databases.
// ---------------------------------------------------------------------------------------------------------------
async function rowsBySeq(situation, names) {
  const found = new Map();
  for (const name of names) {
    for (const row of await exportRows(name)) {
      const meta = row.metadata ?? {};
      if (meta.ifrRun !== runId || meta.ifrSituation !== situation) continue;
      const list = found.get(meta.ifrSeq) ?? [];
      list.push({ receiver: name, id: row.id, endpoint: meta.ifrEndpoint });
      found.set(meta.ifrSeq, list);
    }
  }
  return found;
}
/** Rows that must exist: every answer except those the UI said were memory-only and whose page then closed, and those it said it could not keep. */
function mustArrive(record) {
  return !(record.said === 'memory' && record.closedBeforeSent) && record.said !== 'unsaved';
}
async function waitDrained(ledger, names, timeoutMs = 120_000) {
  const began = Date.now();
  for (;;) {
    const found = await rowsBySeq(ledger.situation, names);
    const missing = [...ledger.answers.values()].filter((record) => mustArrive(record) && !found.has(record.seq));
    if (missing.length === 0) return Date.now() - began;
    if (Date.now() - began > timeoutMs) return null;
    await sleep(250);
  }
}
async function count(ledger, names, extra = {}) {
  // a short settle, so a late second copy would still be seen
  await sleep(1500);
  const found = await rowsBySeq(ledger.situation, names);
  const records = [...ledger.answers.values()];
  const expected = records.filter(mustArrive);
  const apart = records.filter((record) => !mustArrive(record));
  const lostSeqs = expected.filter((record) => !found.has(record.seq)).map((record) => record.seq);
  const doubleSeqs = [...found.entries()].filter(([, rows]) => rows.length > 1).map(([seq]) => seq);
  const unexpected = [...found.keys()].filter((seq) => !ledger.answers.has(seq));
  const misrouted = [...found.entries()].filter(([, rows]) => rows.some((row) => row.receiver !== row.endpoint)).map(([seq]) => seq);
  const apartArrived = apart.filter((record) => found.has(record.seq)).length;
  const rows = [...found.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    situation: ledger.situation,
    answers: records.length,
    mustArrive: expected.length,
    rows,
    lost: lostSeqs.length,
    double: doubleSeqs.length,
    unexpected: unexpected.length,
    misrouted: misrouted.length,
    memoryOnlyClosed: apart.filter((record) => record.said === 'memory').length,
    memoryOnlyClosedArrived: apartArrived,
    unsavedShown: records.filter((record) => record.said === 'unsaved').length,
    memoryOnlyShown: records.filter((record) => record.said === 'memory').length,
    lostSeqs: lostSeqs.slice(0, 20),
    doubleSeqs: doubleSeqs.slice(0, 20),
    deliveries: { ...proxy.stats },
    durationMs: Date.now() - ledger.startedAt,
    ...extra,
  };
}
/** A new situation: these fault modes, fresh delivery counts. */
function resetProxy(modes = {}) {
  proxy.modes = modes;
  proxy.stats = newStats();
}
/** Faults change within a situation; the delivery counts go on. */
function setModes(modes = {}) {
  proxy.modes = modes;
}

// ---------------------------------------------------------------------------------------------------------------
// 6. The situations of the table.
// ---------------------------------------------------------------------------------------------------------------
const blockStorageScript = () => {
  const deny = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  for (const target of [window, Window.prototype]) {
    try {
      Object.defineProperty(target, 'localStorage', { get: deny, configurable: true });
      Object.defineProperty(target, 'sessionStorage', { get: deny, configurable: true });
    } catch {
      // not definable on this target
    }
  }
  IDBFactory.prototype.open = deny;
  IDBFactory.prototype.deleteDatabase = deny;
};
const noIndexedDbScript = () => {
  for (const target of [window, Window.prototype]) {
    try {
      Object.defineProperty(target, 'indexedDB', { get: () => undefined, configurable: true });
    } catch {
      // not definable on this target
    }
  }
};
async function fillLocalStorage(page) {
  return page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    let quotaName = null;
    while (size >= 1) {
      try {
        localStorage.setItem(`ifr-fill-${index}`, 'x'.repeat(size));
        index += 1;
      } catch (error) {
        quotaName = error.name;
        size = Math.floor(size / 2);
      }
    }
    return { items: index, quotaName };
  });
}

const SITUATIONS = {
  /** 1 tab, 300 answers through 500/503, resets before and after forwarding, 2–5 s delays, a receiver outage, an offline window, and reloads mid-send. */
  async 'one-tab-faults'() {
    const ledger = newLedger('one-tab-faults');
    resetProxy({ a: 'chaos', b: 'chaos' });
    const context = await browser.newContext();
    const page = await openTab(context, 'one');
    const total = 300;
    let reloads = 0;
    let outage = false;
    let offline = false;
    for (let from = 0; from < total; from += 20) {
      const batch = Array.from({ length: Math.min(20, total - from) }, (_, k) => widget(ledger, from + k, (from + k) % 2 === 0 ? 'a' : 'b'));
      await show(page, batch);
      for (const [k, w] of batch.entries()) {
        // reload mid-send: right after Send (no wait) on the 7th answer of a batch, after a status on the 14th
        if ((k === 7 || k === 14) && !offline) {
          await answer(page, ledger, w, { peek: k === 14 });
          await page.reload();
          await page.waitForFunction(() => window.ifrReady === true);
          reloads += 1;
          await show(page, batch.slice(k + 1));
          continue;
        }
        await answer(page, ledger, w, { peek: false });
      }
      if (from === 100) {
        log('  outage: receiver a killed');
        await stopReceiver('a');
        outage = true;
      }
      if (from === 160 && outage) {
        await startReceiver('a');
        log('  receiver a back');
      }
      if (from === 200) {
        await context.setOffline(true);
        offline = true;
        log('  offline window');
      }
      if (from === 240 && offline) await context.setOffline(false);
    }
    setModes({}); // faults off; the drain's deliveries count too
    const drainStarted = Date.now();
    // the page stays on: its widgets' outboxes drain what waits
    const drainMs = await waitDrained(ledger, ['a', 'b']);
    const result = await count(ledger, ['a', 'b'], { reloads, drainMs, drainFromFaultsOffMs: Date.now() - drainStarted });
    await context.close();
    return result;
  },

  /** 2 tabs of one browser profile, clean network: the tabs share the queues; nothing may count twice. */
  async 'two-tabs-clean'() {
    return twoTabs('two-tabs-clean', 'clean');
  },

  /** 2 tabs with server errors (500/503) and resets after forwarding; the left tab closes half-way. */
  async 'two-tabs-errors'() {
    return twoTabs('two-tabs-errors', 'errors');
  },

  /** localStorage full to QuotaExceededError, server healthy: with IndexedDB, and with IndexedDB missing too. */
  async 'storage-full'() {
    const ledger = newLedger('storage-full');
    resetProxy({});
    const fills = [];
    for (const variant of ['idb', 'no-idb']) {
      const context = await browser.newContext();
      if (variant === 'no-idb') await context.addInitScript(noIndexedDbScript);
      const page = await openTab(context, `full-${variant}`);
      fills.push({ variant, ...(await fillLocalStorage(page)) });
      const base = variant === 'idb' ? 0 : 100;
      const batch = Array.from({ length: 40 }, (_, k) => widget(ledger, base + k, k % 2 === 0 ? 'a' : 'b'));
      await show(page, batch);
      for (const w of batch) await answer(page, ledger, w, { tab: variant, peek: true });
      // server healthy: wait until each widget thanks, then close the page
      fills.at(-1).drainMs = await waitDrained(ledger, ['a', 'b'], 60_000);
      await sleep(500);
      await markClosing(ledger, page);
      await context.close();
    }
    const result = await count(ledger, ['a', 'b'], { fills, drainMs: Math.max(...fills.map((fill) => fill.drainMs ?? Infinity)) });
    return result;
  },

  /** IndexedDB and localStorage throw SecurityError, the receiver is down; reload; then the receiver comes back. */
  async 'storage-blocked'() {
    const ledger = newLedger('storage-blocked');
    resetProxy({});
    const context = await browser.newContext();
    await context.addInitScript(blockStorageScript);
    const page = await openTab(context, 'blocked');
    await stopReceiver('a');
    await stopReceiver('b');
    const first = Array.from({ length: 20 }, (_, k) => widget(ledger, k, k % 2 === 0 ? 'a' : 'b'));
    await show(page, first);
    for (const w of first) await answer(page, ledger, w, { tab: 'blocked', peek: true });
    await sleep(1000);
    await markClosing(ledger, page);
    const toldLost = [...ledger.answers.values()].filter((record) => record.closedBeforeSent).length;
    await page.reload();
    await page.waitForFunction(() => window.ifrReady === true);
    // the same questions again: with nothing kept on the device the widget may only ask again
    await show(page, first);
    const askedAgain = await page.locator('section[data-seq] form').count();
    await startReceiver('a');
    await startReceiver('b');
    const second = Array.from({ length: 20 }, (_, k) => widget(ledger, 100 + k, k % 2 === 0 ? 'a' : 'b'));
    await show(page, second);
    for (const w of second) await answer(page, ledger, w, { tab: 'blocked', peek: true });
    const drainMs = await waitDrained(ledger, ['a', 'b'], 60_000);
    await markClosing(ledger, page);
    const result = await count(ledger, ['a', 'b'], { drainMs, toldLostBeforeReload: toldLost, askedAgainAfterReload: askedAgain });
    await context.close();
    return result;
  },

  /** Answers pending (server 503) when the page reloads: each widget must show the waiting answer, not ask again. */
  async 'reload-pending'() {
    const ledger = newLedger('reload-pending');
    resetProxy({ a: 'down', b: 'down' });
    const context = await browser.newContext();
    const page = await openTab(context, 'pending');
    const batch = Array.from({ length: 20 }, (_, k) => widget(ledger, k, k % 2 === 0 ? 'a' : 'b'));
    await show(page, batch);
    for (const w of batch) await answer(page, ledger, w, { tab: 'pending', peek: true });
    await sleep(1500);
    await page.reload();
    await page.waitForFunction(() => window.ifrReady === true);
    await page.evaluate((list) => window.ifr.render(list), batch);
    await page.locator(`section[data-seq="${batch.at(-1).seq}"]`).waitFor();
    await sleep(1500);
    let showedEarlier = 0;
    let askedAgain = 0;
    for (const w of batch) {
      const section = page.locator(`section[data-seq="${w.seq}"]`);
      const text = await section.innerText();
      if (text.includes(uiText.earlier)) showedEarlier += 1;
      if ((await section.getByRole('radio').count()) > 0) askedAgain += 1;
    }
    setModes({});
    const drainStarted = Date.now();
    const drainMs = await waitDrained(ledger, ['a', 'b'], 60_000);
    const result = await count(ledger, ['a', 'b'], { showedEarlier, askedAgain, drainMs, drainFromFaultsOffMs: Date.now() - drainStarted });
    await context.close();
    return result;
  },

  /** Four widgets per round on one page: batch fetch → a, single fetch → b, beacon → c, onSubmit → d. */
  async 'several-widgets'() {
    const ledger = newLedger('several-widgets');
    resetProxy({});
    const context = await browser.newContext();
    const page = await openTab(context, 'several');
    const endpoints = ['a', 'b', 'c', 'd'];
    for (let round = 0; round < 25; round += 1) {
      const batch = endpoints.map((endpoint, k) => widget(ledger, round * 4 + k, endpoint));
      await show(page, batch);
      for (const w of batch) await answer(page, ledger, w, { tab: 'several', peek: false });
    }
    const drainMs = await waitDrained(ledger, endpoints, 60_000);
    const result = await count(ledger, endpoints, { drainMs });
    await context.close();
    return result;
  },

  /** 500 answers at once with 2–5 s replies, then the tab closes (keepalive budget); a new tab sends what is left. */
  async 'burst-500'() {
    const ledger = newLedger('burst-500');
    resetProxy({ a: 'delays', b: 'delays' });
    const context = await browser.newContext();
    let page = await openTab(context, 'burst');
    for (let from = 0; from < 500; from += 50) {
      const batch = Array.from({ length: 50 }, (_, k) => widget(ledger, from + k, (from + k) % 5 === 4 ? 'b' : 'a'));
      await show(page, batch);
      for (const w of batch) await answer(page, ledger, w, { tab: 'burst', peek: false });
    }
    const pendingAtClose = { a: await page.evaluate(() => window.ifr.pending('a')), b: await page.evaluate(() => window.ifr.pending('b')) };
    await page.close({ runBeforeUnload: true });
    await sleep(6000); // keepalive requests of the closed tab finish
    const afterClose = await rowsBySeq(ledger.situation, ['a', 'b']);
    setModes({});
    page = await openTab(context, 'burst-2');
    const last = widget(ledger, 500, 'a');
    await show(page, [last, widget(ledger, 501, 'b')]);
    await answer(page, ledger, last, { tab: 'burst-2', peek: false });
    const drainStarted = Date.now();
    const drainMs = await waitDrained(ledger, ['a', 'b'], 120_000);
    const result = await count(ledger, ['a', 'b'], { pendingAtClose, storedByClosedTab: afterClose.size, drainMs, drainFromNewTabMs: Date.now() - drainStarted });
    await context.close();
    return result;
  },
};

async function twoTabs(situation, mode) {
  const ledger = newLedger(situation);
  resetProxy({ a: mode, b: mode });
  const context = await browser.newContext();
  const pages = [await openTab(context, 'left'), await openTab(context, 'right')];
  const perTab = 80;
  // One customer switching between the two tabs: each answer brings its tab to the front first (headless Chromium
  // runs animation frames only in the front tab, and a click waits for them); the other tab stays open and may send.
  for (let from = 0; from < perTab; from += 10) {
    for (const [tabIndex, page] of pages.entries()) {
      if (!page) continue;
      await page.bringToFront();
      const batch = Array.from({ length: 10 }, (_, k) => widget(ledger, tabIndex * 1000 + from + k, (from + k) % 2 === 0 ? 'a' : 'b'));
      await show(page, batch);
    }
    for (let k = 0; k < 10; k += 1) {
      for (const [tabIndex, page] of pages.entries()) {
        if (!page) continue;
        await page.bringToFront();
        await answer(page, ledger, widget(ledger, tabIndex * 1000 + from + k, (from + k) % 2 === 0 ? 'a' : 'b'), { tab: tabIndex === 0 ? 'left' : 'right', peek: false });
      }
    }
    // with errors on, the left tab closes half-way with whatever it holds; the right one goes on alone
    if (mode !== 'clean' && from === perTab / 2 - 10) {
      await pages[0].close();
      pages[0] = null;
    }
  }
  setModes({});
  const drainStarted = Date.now();
  const drainMs = await waitDrained(ledger, ['a', 'b'], 90_000);
  const result = await count(ledger, ['a', 'b'], { drainMs, drainFromFaultsOffMs: Date.now() - drainStarted, leftTabClosedWhileSending: mode !== 'clean' });
  await context.close();
  return result;
}

/** The counter must be able to fail: a receiver that drops what it acknowledged, and one that stores a replay twice. */
async function selfCheck() {
  const checks = [];
  for (const [situation, mode, expect] of [
    ['self-check-ack-drop', 'ackDrop', 'lost'],
    ['self-check-duplicate', 'duplicateNewId', 'double'],
  ]) {
    const ledger = newLedger(situation);
    resetProxy({ a: mode, b: mode });
    const context = await browser.newContext();
    const page = await openTab(context, situation);
    const batch = Array.from({ length: 20 }, (_, k) => widget(ledger, k, k % 2 === 0 ? 'a' : 'b'));
    await show(page, batch);
    for (const w of batch) await answer(page, ledger, w, { tab: situation, peek: false });
    await sleep(4000);
    const result = await count(ledger, ['a', 'b']);
    result.expected = expect;
    result.counterFailed = result[expect] > 0;
    checks.push(result);
    await context.close();
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------------------------
// 7. Run, judge, write the results.
// ---------------------------------------------------------------------------------------------------------------
log(`run ${runId}; receivers starting`);
await Promise.all(['a', 'b', 'c', 'd'].map((name) => startReceiver(name)));
log('receivers a b c d healthy; proxy and page at', origin);
const results = [];
let failed = false;
try {
  for (const [name, run] of Object.entries(SITUATIONS)) {
    if (only && !only.includes(name)) continue;
    log(`situation ${name}`);
    for (const name of ['a', 'b', 'c', 'd']) if (!receivers[name].up) await startReceiver(name);
    clickRetries = 0;
    let result;
    try {
      result = await run();
    } catch (error) {
      result = { situation: name, error: String(error.message ?? error).split('\n')[0], answers: 0, mustArrive: 0, rows: 0, lost: NaN, double: NaN, deliveries: proxy.stats };
      for (const context of browser.contexts()) await context.close();
    }
    result.clickRetries = clickRetries;
    const ok = !result.error && result.lost === 0 && result.double === 0 && result.unexpected === 0 && result.misrouted === 0 && result.memoryOnlyClosedArrived <= result.memoryOnlyClosed && result.rows >= result.mustArrive;
    const extraChecks = [];
    if (name === 'reload-pending' && (result.showedEarlier !== result.answers || result.askedAgain !== 0)) extraChecks.push('widgets asked again after reload');
    // with the receivers down, each of the first 20 must have told the customer it was kept only in this page
    if (name === 'storage-blocked' && result.toldLostBeforeReload !== 20) extraChecks.push(`${20 - result.toldLostBeforeReload} of 20 answers were not shown as memory-only before the reload`);
    result.ok = ok && extraChecks.length === 0;
    result.problems = extraChecks;
    if (!result.ok) failed = true;
    if (result.error) log(`  error: ${result.error}`);
    log(`  ${result.ok ? 'ok' : 'FAILED'}: answers ${result.answers}, rows ${result.rows}, lost ${result.lost}, double ${result.double}, unexpected ${result.unexpected}, misrouted ${result.misrouted}, drain ${result.drainMs ?? '-'} ms ${extraChecks.join('; ')}`);
    results.push(result);
  }
  log('counter self-check');
  for (const name of ['a', 'b']) if (!receivers[name].up) await startReceiver(name);
  const checks = await selfCheck();
  for (const check of checks) {
    log(`  ${check.situation}: lost ${check.lost}, double ${check.double} → the counter ${check.counterFailed ? 'failed as it must' : 'DID NOT FAIL'}`);
    if (!check.counterFailed) failed = true;
  }
  writeResults(results, checks);
} finally {
  await browser.close();
  server.close();
  for (const name of Object.keys(receivers)) await stopReceiver(name);
  if (!flag('--keep-data')) rmSync(dataRoot, { recursive: true, force: true });
}
if (pageErrors.length > 0) log('page errors:', pageErrors.slice(0, 10));
log(failed ? 'FAILED' : 'all situations: 0 lost, 0 counted twice');
process.exit(failed ? 1 : 0);

function writeResults(list, checks) {
  const versions = Object.fromEntries(['cx', 'cx-server', 'react', 'tokens'].map((name) => [`@polku/${name}`, JSON.parse(readFileSync(path.join(here, 'node_modules/@polku', name, 'package.json'), 'utf8')).version]));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
  const json = {
    run: runId,
    date: new Date().toISOString(),
    commit,
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))), node: process.version, chromium: browser.version() },
    versions,
    durationMs: Date.now() - started,
    situations: list,
    counterSelfCheck: checks,
    pageErrors,
  };
  const dir = path.join(repo, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'independent-fault-run.json'), `${JSON.stringify(json, null, 2)}\n`);
  const row = (r) => `| ${r.situation} | ${r.answers} | ${r.mustArrive} | ${r.rows} | ${r.lost} | ${r.double} | ${r.memoryOnlyClosed} (${r.memoryOnlyClosedArrived} arrived) | ${r.deliveries.forwardedEntries} (${r.deliveries.created} created, ${r.deliveries.duplicate} duplicate) | ${r.drainMs ?? '–'} | ${r.ok === undefined ? (r.counterFailed ? 'counter failed as it must' : 'COUNTER DID NOT FAIL') : r.ok ? 'ok' : 'FAILED'} |`;
  const md = [
    '# Independent fault run (#15)',
    '',
    `Run \`${runId}\` on commit ${commit}, ${json.date.slice(0, 16)} UTC, ${json.machine.cpus} cores, load ${json.machine.loadAverage.join(' / ')}, Chromium ${json.machine.chromium}, ${Math.round(json.durationMs / 1000)} s in all.`,
    'Written from the public docs only (`tests/independent-fault-run/`, see its README): packed tarballs installed with npm, answers given by clicking in Chromium,',
    'the real `polku-cx-server` CLI (PGlite) behind a fault proxy, rows counted through `GET /v1/export`.',
    '',
    'Findings and notes (bugs found in the packages, harness caveats): `tests/independent-fault-run/README.md`, section Findings.',
    '',
    '"must arrive" = answers minus those the UI said were kept only in page memory and whose page then closed (counted apart).',
    '"deliveries" = answer entries the proxy forwarded to a receiver (retries and replays included), and what the receiver answered for them.',
    '"drain" = ms from the faults being switched off (or the last answer) until every answer that must arrive was a row.',
    '',
    '| situation | answers | must arrive | rows | lost | double | memory-only, page closed | deliveries | drain ms | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | --- |',
    ...list.map(row),
    '',
    '## Counter self-check (must fail)',
    '',
    '| situation | answers | must arrive | rows | lost | double | memory-only, page closed | deliveries | drain ms | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | --- |',
    ...checks.map(row),
    '',
    '## Details per situation',
    '',
    ...list.map((r) => `- **${r.situation}**: ${JSON.stringify({ faults: r.deliveries.faults, statuses: r.deliveries.statuses, ...Object.fromEntries(Object.entries(r).filter(([key]) => !['situation', 'deliveries', 'lostSeqs', 'doubleSeqs', 'ok', 'problems'].includes(key) && typeof r[key] !== 'number')), reloads: r.reloads, showedEarlier: r.showedEarlier, askedAgain: r.askedAgain, toldLostBeforeReload: r.toldLostBeforeReload, askedAgainAfterReload: r.askedAgainAfterReload, storedByClosedTab: r.storedByClosedTab, lostSeqs: r.lostSeqs, doubleSeqs: r.doubleSeqs, problems: r.problems })}`),
    '',
  ];
  writeFileSync(path.join(dir, 'independent-fault-run.md'), md.join('\n'));
}
