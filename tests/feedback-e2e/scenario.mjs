/**
 * The exactly-once fault run. Three tabs of one browser context answer questions in rounds through seeded-random
 * faults (500/503, 429 + Retry-After, resets before and after the receiver's write, 2–5 s delays), with reloads and a
 * closed tab mid-send, offline windows and outages between rounds. Then storage full (localStorage filled, IndexedDB
 * quota 1 byte) with a healthy server, and storage blocked with the server down, a reload, and the server back.
 * At the end the outbox drains, the receiver stops, and the rows in its database are counted per answer id.
 */
import { randomFaults } from './fault-proxy.mjs';
import { createRecorder, fillStorage, startRig, Tab } from './rig.mjs';
import { tally } from './tally.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fault weights per request while the rounds run (relative). */
export const roundFaults = { pass: 40, delay: 10, 500: 10, 503: 10, 429: 6, 'reset-before': 10, 'reset-after': 14 };

/**
 * What happens around each round; round i uses events[i % events.length]. Each entry runs after the tabs answered
 * (so sends are in flight), except `before`, which runs first.
 */
const roundEvents = [
  { name: 'clean round' },
  { name: 'reload tab 1 mid-send', after: ({ tabs }) => tabs[0].reload() },
  { name: 'offline window', before: ({ context }) => context.setOffline(true), after: async ({ context }) => (await sleep(2500), context.setOffline(false)) },
  { name: 'reload tabs 2 and 3 mid-send', after: ({ tabs }) => Promise.all([tabs[1].reload(), tabs[2].reload()]) },
  { name: 'outage (503)', before: ({ proxy }) => proxy.setOutage(true), after: async ({ proxy }) => (await sleep(3000), proxy.setOutage(false)) },
  { name: 'close tab 3 mid-send, open it again', after: async ({ tabs }) => (await tabs[2].close(), await tabs[2].open()) },
  { name: 'outage (resets)', before: ({ proxy }) => proxy.setOutage(true, { type: 'reset-before' }), after: async ({ proxy }) => (await sleep(3000), proxy.setOutage(false)) },
  { name: 'reload every tab mid-send', after: ({ tabs }) => Promise.all(tabs.map((tab) => tab.reload())) },
];

/** Waits until every answer that must arrive has a row, then for a quiet spell with no new delivery attempt. */
async function drain({ receiver, proxy, recorder, timeoutMs, quietMs = 2000 }) {
  const started = Date.now();
  let allInAt;
  for (;;) {
    const rows = await receiver.rowsById();
    const missing = [...recorder.submitted.keys()].filter((id) => !rows.has(id) && !recorder.memoryOnlyClosed.has(id));
    if (missing.length === 0) {
      allInAt ??= Date.now();
      const lastAttempt = proxy.attempts.at(-1)?.at ?? 0;
      if (Date.now() - lastAttempt >= quietMs) return { drainMs: allInAt - started, rows, timedOut: false };
    }
    if (Date.now() - started > timeoutMs) return { drainMs: Date.now() - started, rows, timedOut: true, missing: missing.length };
    await sleep(250);
  }
}

/** Runs the storage-full and storage-blocked situations; their answers go into the same recorder. */
async function storageSituations({ rig, recorder, perSituation, log }) {
  // Storage full, server healthy: every answer must still reach the database (kept in memory and sent at once).
  recorder.phase = 'storage full';
  const full = await rig.newContext(recorder);
  const fullTab = await new Tab(full, recorder, rig.pageUrl('full', 'localhost'), 'full').open();
  const filled = await fillStorage(full, fullTab.page);
  await fullTab.reload();
  await fullTab.answer(perSituation);
  log(`storage full (${filled} characters in localStorage, IndexedDB quota 1 byte): ${perSituation} answered`);

  // Storage blocked, server down, then a reload: only answers the widget said were memory-only may be lost.
  recorder.phase = 'storage blocked, outage, reload';
  const blocked = await rig.newBlockedStorageContext(recorder);
  const blockedTab = await new Tab(blocked, recorder, rig.pageUrl('blocked'), 'blocked').open();
  rig.proxy.setOutage(true);
  await blockedTab.answer(perSituation);
  await sleep(1500);
  await blockedTab.reload();
  rig.proxy.setOutage(false);
  recorder.phase = 'storage blocked, server back';
  await blockedTab.answer(perSituation);
  log(`storage blocked: ${perSituation} answered during an outage, reload, ${perSituation} more with the server back`);
  return { statuses: async () => ({ full: await fullTab.statuses(), blocked: await blockedTab.statuses() }) };
}

/**
 * Runs the whole thing. `answers` is spread over 3 tabs in rounds of `perRound` answers per tab.
 * Returns the tally, time to drain, the proxy's fault counts and the receiver's memory.
 */
export async function runExactlyOnce({ answers = 300, perRound = 10, seed = 20261203, storagePerSituation = 10, drainTimeoutMs = 60_000, reopen = false, log = () => {} } = {}) {
  const rig = await startRig({ plan: randomFaults({ seed, weights: roundFaults }) });
  log('receiver (PGlite), fault proxy, page and Chromium started');
  const recorder = createRecorder();
  try {
    const context = await rig.newContext(recorder);
    const tabs = await Promise.all([1, 2, 3].map((n) => new Tab(context, recorder, rig.pageUrl(n), `tab ${n}`).open()));
    const rounds = Math.ceil(answers / (perRound * tabs.length));
    const started = Date.now();
    for (let round = 0; round < rounds; round += 1) {
      const event = roundEvents[round % roundEvents.length];
      const world = { tabs, context, proxy: rig.proxy };
      recorder.phase = `round ${round + 1}: ${event.name}`;
      await event.before?.(world);
      const remaining = answers - recorder.submitted.size;
      const each = Math.min(perRound, Math.ceil(remaining / tabs.length));
      await Promise.all(tabs.map((tab) => tab.answer(each)));
      await event.after?.(world);
      log(`round ${round + 1}/${rounds}: ${event.name}; ${recorder.submitted.size} answered`);
      await sleep(300);
    }
    const storage = await storageSituations({ rig, recorder, perSituation: storagePerSituation, log });
    // Faults end: the network is healthy from here on, and every open tab's outbox should empty quickly.
    rig.proxy.setPlan(() => ({ type: 'pass' }));
    const faultsEndedAt = Date.now();
    const drained = await drain({ receiver: rig.receiver, proxy: rig.proxy, recorder, timeoutMs: drainTimeoutMs });
    log(`drained in ${drained.drainMs} ms${drained.timedOut ? ` (timed out, ${drained.missing} missing)` : ''}`);
    const receiverMemory = await rig.receiver.memory();
    const storageStatuses = await storage.statuses();
    const leftInDeviceOutbox = await tabs[0].deviceOutboxIds();
    const stateAtCloseOfLost = {};
    // The count that matters: rows per answer id in the database (read back after the quiet spell), and with
    // `reopen` in the folder opened again after the receiver stopped (durability too; slower).
    const rows = reopen ? await rig.receiver.finalRows() : await rig.receiver.rowsById();
    const result = tally({ submitted: recorder.submitted, rows, memoryOnlyClosed: recorder.memoryOnlyClosed, deliveries: rig.proxy.deliveriesById() });
    for (const id of result.lost) {
      const said = recorder.stateAtClose.get(id) ?? 'page still open';
      stateAtCloseOfLost[said] = (stateAtCloseOfLost[said] ?? 0) + 1;
    }
    /** @type {Record<string, number>} */
    const faults = {};
    for (const attempt of rig.proxy.attempts) faults[attempt.fault] = (faults[attempt.fault] ?? 0) + 1;
    return {
      ...result,
      drainMs: drained.drainMs,
      drainTimedOut: drained.timedOut,
      runMs: faultsEndedAt - started,
      requests: rig.proxy.attempts.length,
      faults,
      receiverMemory,
      storageStatuses,
      leftInDeviceOutbox,
      stateAtCloseOfLost,
      pageLoads: tabs.reduce((sum, tab) => sum + tab.pageLoads, 0),
    };
  } finally {
    await rig.close();
  }
}

/**
 * Drain after an outage: the receiver is unreachable (every POST 503) while 3 tabs answer `answers` questions and
 * for `outageMs` more, so every answer waits in the outbox with its backoff grown; then the receiver recovers and the
 * time until every answer has its row is measured. The goal of #15 A.6 is ≤ 30 s for 1,000 answers.
 */
export async function runDrainAfterOutage({ answers = 1000, perRound = 50, outageMs = 20_000, drainTimeoutMs = 120_000, reopen = false, log = () => {} } = {}) {
  const rig = await startRig();
  const recorder = createRecorder();
  try {
    const context = await rig.newContext(recorder);
    const tabs = await Promise.all([1, 2, 3].map((n) => new Tab(context, recorder, rig.pageUrl(n), `tab ${n}`).open()));
    rig.proxy.setOutage(true);
    while (recorder.submitted.size < answers) {
      const each = Math.min(perRound, Math.ceil((answers - recorder.submitted.size) / tabs.length));
      await Promise.all(tabs.map((tab) => tab.answer(each)));
    }
    log(`${recorder.submitted.size} answered during the outage; outage goes on for ${outageMs} ms`);
    await sleep(outageMs);
    const duringOutage = rig.proxy.attempts.length;
    rig.proxy.setOutage(false);
    const drained = await drain({ receiver: rig.receiver, proxy: rig.proxy, recorder, timeoutMs: drainTimeoutMs });
    log(`drained in ${drained.drainMs} ms after the outage${drained.timedOut ? ` (timed out, ${drained.missing} missing)` : ''}`);
    const receiverMemory = await rig.receiver.memory();
    const rows = reopen ? await rig.receiver.finalRows() : await rig.receiver.rowsById();
    const result = tally({ submitted: recorder.submitted, rows, deliveries: rig.proxy.deliveriesById() });
    return { ...result, drainMs: drained.drainMs, drainTimedOut: drained.timedOut, requestsDuringOutage: duringOutage, requestsAfterOutage: rig.proxy.attempts.length - duringOutage, receiverMemory };
  } finally {
    await rig.close();
  }
}
