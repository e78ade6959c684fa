/**
 * Ingest rate of the receiver on PGlite with dedupe: `answers` new answers POSTed from Node as batches of 100
 * (4 requests at a time), then 1,000 single answers with `Idempotency-Key` (8 at a time), then every answer again as
 * batches (all duplicates: 200 per entry, no row). The receiver runs in its own process; its memory is sampled after
 * each phase and the rows are counted in its database at the end.
 */
import { randomUUID } from 'node:crypto';
import { startReceiver } from '../../tests/feedback-e2e/receiver.mjs';

const scales = { nps: [0, 10], csat: [1, 5], ces: [1, 7], emotion: [1, 5] };
const kinds = Object.keys(scales);

function answer(i) {
  const kind = kinds[i % kinds.length];
  const [min, max] = scales[kind];
  return { id: randomUUID(), kind, scale: { min, max }, score: min + (i % (max - min + 1)), touchpoint: `stress/${i % 20}`, locale: 'fi', createdAt: new Date(Date.UTC(2026, 11, 1) + i * 1000).toISOString() };
}

/** Runs `jobs` with at most `limit` at a time; returns statuses per job. */
async function pool(jobs, limit, run) {
  const out = [];
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < jobs.length) {
      const index = next++;
      out[index] = await run(jobs[index]);
    }
  }));
  return out;
}

const chunks = (list, size) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

export async function measureIngest({ answers = 5000, singles = 1000, log = () => {} } = {}) {
  const receiver = await startReceiver();
  const url = `${receiver.url}/v1/feedback`;
  const post = (body, headers = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const memory = { idle: (await receiver.memory()).rss };
  try {
    const batchAnswers = Array.from({ length: answers }, (_, i) => answer(i));
    const singleAnswers = Array.from({ length: singles }, (_, i) => answer(answers + i));
    const tally = {};
    const count = (key) => (tally[key] = (tally[key] ?? 0) + 1);

    let t = performance.now();
    await pool(chunks(batchAnswers, 100), 4, async (batch) => {
      const res = await post(batch);
      for (const r of (await res.json()).results ?? []) count(`batch ${r.status}`);
    });
    const batchSeconds = (performance.now() - t) / 1000;
    memory.afterBatches = (await receiver.memory()).rss;
    log(`  ${answers} answers in batches of 100: ${(answers / batchSeconds).toFixed(0)} answers/s`);

    t = performance.now();
    await pool(singleAnswers, 8, async (one) => count(`single ${(await post(one, { 'idempotency-key': one.id })).status}`));
    const singleSeconds = (performance.now() - t) / 1000;
    log(`  ${singles} single answers: ${(singles / singleSeconds).toFixed(0)} answers/s`);

    t = performance.now();
    await pool(chunks([...batchAnswers, ...singleAnswers], 100), 4, async (batch) => {
      const res = await post(batch);
      for (const r of (await res.json()).results ?? []) count(`replay ${r.status}`);
    });
    const replaySeconds = (performance.now() - t) / 1000;
    memory.afterReplay = (await receiver.memory()).rss;
    log(`  ${answers + singles} duplicates replayed: ${((answers + singles) / replaySeconds).toFixed(0)} answers/s`);

    const rows = await receiver.finalRows();
    return {
      answersPerSecond: { batches: Math.round(answers / batchSeconds), singles: Math.round(singles / singleSeconds), duplicateBatches: Math.round((answers + singles) / replaySeconds) },
      seconds: { batches: batchSeconds, singles: singleSeconds, duplicateBatches: replaySeconds },
      statuses: tally,
      rowsInDatabase: [...rows.values()].reduce((a, b) => a + b, 0),
      uniqueAnswers: answers + singles,
      receiverRssBytes: memory,
    };
  } finally {
    await receiver.stop();
  }
}
