/** The markdown table of a feedback stress record (bench/results/feedback-stress.md and docs/benchmarks.md). */
const mib = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 2 ** 20)} MiB`);
const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const perAnswer = (histogram = {}) =>
  Object.entries(histogram)
    .map(([times, answers]) => `${times}×: ${answers}`)
    .join(', ');

export function markdownReport(record) {
  const { ingest, drainAfterOutage: drain, faultRun: fault, machine } = record;
  const rows = [['measure', 'goal', 'result']];
  if (drain) {
    rows.push([`drain after outage (${drain.submitted} answers pending, 3 tabs)`, '≤ 30 s', `${seconds(drain.drainMs)}${drain.drainTimedOut ? ' (timed out)' : ''}`]);
    rows.push(['… lost / counted twice (rows in the database)', '0 / 0', `${drain.lost} / ${drain.doubled.length}`]);
    rows.push(['… requests after recovery', '', String(drain.requestsAfterOutage)]);
  }
  if (fault) {
    rows.push([`fault run: ${fault.submitted} answers, 3 tabs + storage full/blocked, ${fault.requests} requests`, '', `${seconds(fault.runMs)} of faults`]);
    rows.push(['… lost / counted twice / rows nobody answered', '0 / 0 / 0', `${fault.lost} / ${fault.doubled.length} / ${fault.unknown.length}`]);
    rows.push(['… memory-only answers whose page closed (lost as the widget said)', '', `${fault.memoryOnlyClosed} (${fault.lostAsTheUiSaid} lost)`]);
    rows.push(['… drain once faults stopped', '', seconds(fault.drainMs)]);
    rows.push(['… requests carrying each answer', '', perAnswer(fault.deliveries.perAnswerAttempts)]);
    rows.push(['… deliveries reaching the receiver per answer', '', perAnswer(fault.deliveries.perAnswerReachedReceiver)]);
    rows.push(['… receiver RSS at the end', '', mib(fault.receiverMemory?.rss)]);
  }
  if (ingest) {
    const rate = ingest.answersPerSecond;
    rows.push(['ingest on PGlite with dedupe, batches of 100', '≥ 1,000 answers/s', `${rate.batches} answers/s`]);
    rows.push(['… single answers (Idempotency-Key), 8 at a time', '', `${rate.singles} answers/s`]);
    rows.push(['… every answer replayed (all duplicates)', '', `${rate.duplicateBatches} answers/s`]);
    rows.push(['… rows in the database / unique answers', 'equal', `${ingest.rowsInDatabase} / ${ingest.uniqueAnswers}`]);
    rows.push(['… receiver RSS idle / after batches / after replay', '', `${mib(ingest.receiverRssBytes.idle)} / ${mib(ingest.receiverRssBytes.afterBatches)} / ${mib(ingest.receiverRssBytes.afterReplay)}`]);
  }
  const table = rows.map((cells) => `| ${cells.join(' | ')} |`);
  table.splice(1, 0, '| --- | --- | --- |');
  const load = (values) => values?.map((v) => v.toFixed(1)).join(' ');
  return [
    `Feedback stress record ${record.date.slice(0, 16).replace('T', ' ')} UTC — ${machine.cpus} cores (${machine.model}), Node ${machine.node}; load average ${load(machine.loadAverageAtStart)} at start, ${load(machine.loadAverageAtEnd)} at the end.`,
    '',
    ...table,
    '',
  ].join('\n');
}
