/**
 * Counts the outcome of a fault run from the rows in the receiver's database: every answer a widget submitted must
 * be there exactly once. Only an answer whose widget said "kept in memory only" and whose page then closed may be
 * missing; those are counted apart. Pure, so it is tested on its own (tally.test.ts).
 */

/** Histogram of a list of counts as { "1": n, "2": n, … }. */
function histogram(values) {
  const out = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}

/**
 * @param submitted Map id → { tab, load, queue, phase } of every answer a widget submitted (from the page's events)
 * @param rows Map id → rows with that id in the database
 * @param memoryOnlyClosed Set of ids whose widget said memory-only when its page was closed or reloaded
 * @param deliveries Map id → { attempts, forwarded, queues } from the fault proxy's log
 */
export function tally({ submitted, rows, memoryOnlyClosed = new Set(), deliveries = new Map() }) {
  const lost = [];
  const lostAsTheUiSaid = [];
  const doubled = [];
  for (const id of submitted.keys()) {
    const count = rows.get(id) ?? 0;
    if (count === 0) (memoryOnlyClosed.has(id) ? lostAsTheUiSaid : lost).push(id);
    if (count > 1) doubled.push({ id, rows: count });
  }
  // Where the lost ones were answered: tab and what the run was doing then.
  const lostWhere = {};
  for (const id of lost) {
    const { tab, phase } = submitted.get(id);
    const key = phase ? `tab ${tab}, ${phase}` : `tab ${tab}`;
    lostWhere[key] = (lostWhere[key] ?? 0) + 1;
  }
  const unknown = [...rows.keys()].filter((id) => !submitted.has(id));
  // Sent through another widget's transport: an answer must only travel to its own widget's endpoint.
  const wrongEndpoint = [...submitted].filter(([id, { queue }]) => queue && [...(deliveries.get(id)?.queues ?? [])].some((q) => q !== queue)).map(([id]) => id);
  const perAnswer = [...submitted.keys()].map((id) => deliveries.get(id) ?? { attempts: 0, forwarded: 0 });
  const attempts = perAnswer.map((d) => d.attempts);
  const forwarded = perAnswer.map((d) => d.forwarded);
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  return {
    submitted: submitted.size,
    rows: sum([...rows.values()]),
    lost,
    lostWhere,
    doubled,
    unknown,
    wrongEndpoint,
    memoryOnlyClosed: memoryOnlyClosed.size,
    lostAsTheUiSaid,
    deliveries: {
      requestsCarryingAnAnswer: sum(attempts),
      reachedReceiver: sum(forwarded),
      perAnswerAttempts: histogram(attempts),
      perAnswerReachedReceiver: histogram(forwarded),
      maxAttempts: Math.max(0, ...attempts),
    },
  };
}

/**
 * True when nothing was lost (beyond what the UI said), nothing counted twice or appeared from nowhere, and every
 * answer went only to its own widget's endpoint.
 */
export function exactlyOnce(result) {
  return result.lost.length === 0 && result.doubled.length === 0 && result.unknown.length === 0 && result.wrongEndpoint.length === 0;
}
