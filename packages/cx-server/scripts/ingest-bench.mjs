#!/usr/bin/env node
// Ingest rate of the receiver on PGlite, with dedupe: answers POSTed over loopback HTTP to the built server
// (`pnpm --filter @polku/cx-server build` first), a fifth of them delivered twice (replays must come back 200).
// Usage: node scripts/ingest-bench.mjs [answers=5000] [batchSize=50] [concurrency=4]
// Prints answers/s for batches and for single answers, plus the machine's load average (the rate is only comparable
// on an otherwise idle machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import path from 'node:path';

const { serve } = await import(new URL('../dist/index.js', import.meta.url).href);

const [total = 5000, batchSize = 50, concurrency = 4] = process.argv.slice(2).map(Number);
const dataDir = mkdtempSync(path.join(tmpdir(), 'polku-cx-bench-'));
const running = await serve({ port: 0, dataDir, rateLimit: false });
await running.store.ready;

const answer = (i) => ({
  id: crypto.randomUUID(),
  kind: 'nps',
  scale: { min: 0, max: 10 },
  score: i % 11,
  touchpoint: `bench/${i % 7}`,
  locale: 'fi',
  createdAt: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
});

/** Sends `requests` (functions returning a fetch promise) with at most `concurrency` in flight. */
async function pool(requests) {
  let next = 0;
  const statuses = {};
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const response = await requests[next++]();
        const body = await response.json();
        for (const status of body.results?.map((r) => r.status) ?? [response.status]) {
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }
    }),
  );
  return statuses;
}

const url = `${running.url}/v1/feedback`;
const postBatch = (entries) => () =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entries) });
const postOne = (one) => () =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': one.id }, body: JSON.stringify(one) });

async function measure(label, answers, toRequests) {
  const replays = answers.filter((_, i) => i % 5 === 0);
  const deliveries = [...answers, ...replays];
  const started = performance.now();
  const statuses = await pool(toRequests(deliveries));
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(deliveries.length / seconds);
  console.log(`${label}: ${deliveries.length} deliveries (${answers.length} answers + ${replays.length} replays) in ${seconds.toFixed(2)} s = ${rate} answers/s; statuses ${JSON.stringify(statuses)}`);
  return rate;
}

console.log(`machine: ${cpus().length} cores, load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const batchAnswers = Array.from({ length: total }, (_, i) => answer(i));
await measure(`batches of ${batchSize}, ${concurrency} in flight`, batchAnswers, (deliveries) => {
  const requests = [];
  for (let i = 0; i < deliveries.length; i += batchSize) requests.push(postBatch(deliveries.slice(i, i + batchSize)));
  return requests;
});
const singles = Array.from({ length: Math.min(total, 1000) }, (_, i) => answer(i));
await measure(`single answers, ${concurrency} in flight`, singles, (deliveries) => deliveries.map(postOne));
console.log(`rows stored: ${await running.store.count()} (expected ${total + singles.length})`);
console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(' ')}; rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
await running.close();
rmSync(dataDir, { recursive: true, force: true });
