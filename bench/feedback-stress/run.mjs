#!/usr/bin/env node
/**
 * `pnpm stress:feedback` (#15 C.2): the exactly-once fault run with ≥ 1,000 answers, the drain of 1,000 answers after
 * an outage, and the receiver's ingest rate on PGlite with dedupe. Writes bench/results/feedback-stress.json and
 * feedback-stress.md. Everything runs on 127.0.0.1; every loop is bounded.
 *
 *   node bench/feedback-stress/run.mjs [--answers 1000] [--only fault,drain,ingest]
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runDrainAfterOutage, runExactlyOnce } from '../../tests/feedback-e2e/scenario.mjs';
import { measureIngest } from './ingest.mjs';
import { markdownReport } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { answers: { type: 'string', default: '1000' }, only: { type: 'string', default: 'fault,drain,ingest' } } });
const answers = Number(values.answers);
const only = new Set(values.only.split(','));
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
/** A run's result for the record: counts and the first lost ids, without the per-widget statuses. */
const brief = (run) => {
  const { lost, lostAsTheUiSaid, ...rest } = run;
  delete rest.storageStatuses;
  return { ...rest, lost: lost.length, lostIds: lost.slice(0, 20), lostAsTheUiSaid: lostAsTheUiSaid.length };
};

const record = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverageAtStart: os.loadavg(), node: process.version },
};
if (only.has('ingest')) {
  log('ingest: receiver on PGlite, batches of 100 and single answers, then every answer again (duplicates)');
  record.ingest = await measureIngest({ answers: 5000, log });
}
if (only.has('drain')) {
  log(`drain after outage: ${answers} answers over 3 tabs while every POST fails, then recovery`);
  record.drainAfterOutage = brief(await runDrainAfterOutage({ answers, reopen: true, log }));
}
if (only.has('fault')) {
  log(`fault run: ${answers} answers over 3 tabs through faults, reloads, offline, outages, full and blocked storage`);
  record.faultRun = brief(await runExactlyOnce({ answers, perRound: 25, drainTimeoutMs: 120_000, reopen: true, log }));
}
record.machine.loadAverageAtEnd = os.loadavg();
record.totalMs = Date.now() - started;

await writeFile(path.join(root, 'bench/results/feedback-stress.json'), `${JSON.stringify(record, null, 2)}\n`);
await writeFile(path.join(root, 'bench/results/feedback-stress.md'), markdownReport(record));
log('wrote bench/results/feedback-stress.json and feedback-stress.md');
const failed = [record.faultRun, record.drainAfterOutage].filter((run) => run && (run.lost > 0 || run.doubled.length > 0 || run.unknown.length > 0));
if (failed.length > 0) {
  console.error('answers lost or counted twice: see the record');
  process.exitCode = 1;
}
