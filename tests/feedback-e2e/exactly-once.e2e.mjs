#!/usr/bin/env node
/**
 * #15 C.1, runnable proof: feedback counts exactly once end to end, in real Chromium with the real parts —
 * FeedbackWidgets (public API) → the @polku/cx outbox (IndexedDB, Web Locks across 3 tabs, batches) → fetch → the
 * fault proxy → the @polku/cx-server handler on PGlite; rows in the database counted per answer id. See scenario.mjs.
 *
 *   node tests/feedback-e2e/exactly-once.e2e.mjs [--answers 300]
 *
 * Exits 1 and names each failure when the proof does not hold. In the test command as exactly-once.test.ts (300
 * answers); this runner is for larger or repeated runs.
 */
import { parseArgs } from 'node:util';
import { failuresOf } from './expectations.mjs';
import { runExactlyOnce } from './scenario.mjs';

const { values } = parseArgs({ options: { answers: { type: 'string', default: '300' } } });
const plan = { answers: Number(values.answers), storagePerSituation: 10 };
const started = Date.now();
const log = (message) => console.log(`[feedback e2e ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);
const result = await runExactlyOnce({ ...plan, log });
const summary = { ...result };
delete summary.storageStatuses;
delete summary.leftInDeviceOutbox;
console.log(JSON.stringify({ ...summary, lost: summary.lost.length, lostAsTheUiSaid: summary.lostAsTheUiSaid.length, doubled: summary.doubled.length, unknown: summary.unknown.length, wrongEndpoint: summary.wrongEndpoint.length }, null, 2));
const failures = failuresOf(result, plan);
for (const failure of failures) console.error(`FAIL ${failure}`);
console.log(`exactly once: ${failures.length === 0 ? 'holds' : 'does not hold'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = failures.length === 0 ? 0 : 1;
