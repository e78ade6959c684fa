// @vitest-environment node
/**
 * #15 C.1 in the test command: the exactly-once proof (exactly-once.e2e.mjs) in real Chromium — 300 answers over 3
 * tabs through the fault proxy into the receiver on PGlite, plus storage full and storage blocked — counted as rows in
 * the database: 0 lost beyond what the widgets said, 0 counted twice, drained once the network is healthy.
 */
import { describe, expect, it } from 'vitest';
import { failuresOf } from './expectations.mjs';
import { runExactlyOnce } from './scenario.mjs';

describe('feedback is counted exactly once, from the widget to the database', () => {
  it('holds for 300 answers through faults, reloads, offline windows and an outage, and with storage full or blocked', async () => {
    const plan = { answers: 300, storagePerSituation: 10 };
    const result = await runExactlyOnce(plan);
    expect(failuresOf(result, plan)).toEqual([]);
  }, 240_000);
});
