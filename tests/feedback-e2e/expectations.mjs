/**
 * What the exactly-once proof demands of a fault run (scenario.mjs), as a list of failures (empty = proof holds).
 * Shared by the runnable proof (exactly-once.e2e.mjs) and the stress bench.
 */
export function failuresOf(result, { answers, storagePerSituation }) {
  const failures = [];
  const fail = (what, detail) => failures.push(detail === undefined ? what : `${what}: ${JSON.stringify(detail)}`);
  // The run really went through every kind of fault.
  if (result.submitted < answers + 3 * storagePerSituation) fail('fewer answers than planned', result.submitted);
  for (const fault of ['status', 'delay', 'reset-before', 'reset-after']) if (!result.faults[fault]) fail(`no ${fault} fault injected`);
  // 0 lost (beyond what the widgets said), 0 counted twice, no row nobody answered, no answer to the wrong endpoint.
  if (result.lost.length > 0) fail(`${result.lost.length} answers lost`, { where: result.lostWhere, widgetShowedAtClose: result.stateAtCloseOfLost });
  if (result.doubled.length > 0) fail(`${result.doubled.length} answers counted more than once`, result.doubled.slice(0, 5));
  if (result.unknown.length > 0) fail(`${result.unknown.length} rows no widget submitted`, result.unknown.slice(0, 5));
  if (result.wrongEndpoint.length > 0) fail(`${result.wrongEndpoint.length} answers sent to another widget's endpoint`);
  if (result.drainTimedOut) fail('the outbox did not drain once the network was healthy');
  // Storage full with a healthy server: every widget ends on "sent".
  const unsent = (result.storageStatuses?.full ?? []).filter((status) => status.state !== 'sent');
  if (unsent.length > 0) fail(`${unsent.length} storage-full answers not shown as sent`, unsent.map((s) => s.state));
  return failures;
}
