import { Stack, Table, Text, useLocale, type TableColumn } from '@polku/react';
import { JourneyMap, NpsSummary, useMetricFormat } from '@polku/cx';
import { DEFAULT_MINIMUM_N, type CesResult, type CsatResult } from '@polku/cx/metrics';
import { demoJourneyTitle } from './journey';
import { measuredFromExport, parseExport, type TouchpointMeasures } from './measured';

export interface MeasuredFromReceiverProps {
  /** The receiver's `GET /v1/export` body (NDJSON). */
  exportText: string;
}

const dateOf = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

/**
 * NpsSummary, JourneyMap and a per-touchpoint table, all computed here from the receiver's export with
 * `@polku/cx/metrics` (see measured.ts): no number on the page is typed in.
 */
export function MeasuredFromReceiver({ exportText }: MeasuredFromReceiverProps) {
  const locale = useLocale();
  const measured = measuredFromExport(parseExport(exportText));
  const csatText = useMetricFormat('csat');
  const cesText = useMetricFormat('ces');
  const metricCell = (result: CsatResult | CesResult | undefined, format: (value: number) => string) => {
    if (!result) return 'not asked';
    if (result.suppressed) return `n = ${result.n}, below ${result.minimumN}: not reported`;
    return `${format(result.score)} (${format(result.ci.lower)}–${format(result.ci.upper)}), n = ${result.n}`;
  };
  const columns: TableColumn<TouchpointMeasures>[] = [
    { key: 'stage', header: 'Stage', cell: (row) => row.stage.label },
    { key: 'touchpoint', header: 'Touchpoint', rowHeader: true, cell: (row) => row.touchpoint.label },
    { key: 'field', header: 'touchpoint field', cell: (row) => <code>{row.touchpoint.touchpoint}</code> },
    { key: 'csat', header: 'CSAT: top 2 of 1–5 (95 % interval)', cell: (row) => metricCell(row.csat, csatText) },
    { key: 'ces', header: 'CES: mean of 1–7 (95 % interval)', cell: (row) => metricCell(row.ces, cesText) },
    {
      key: 'emotion',
      header: 'Emotion scale: share of 4–5 (95 % interval)',
      cell: ({ emotion }) =>
        emotion.positive
          ? `${csatText(emotion.positive.percent)} (${csatText(emotion.positive.lower)}–${csatText(emotion.positive.upper)}), n = ${emotion.n}`
          : `n = ${emotion.n}, below ${DEFAULT_MINIMUM_N}: not reported`,
    },
    { key: 'counts', header: 'Emotion answers 1–5', cell: ({ emotion }) => emotion.counts.join(' · ') },
  ];
  const kinds = Object.entries(measured.byKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  return (
    <Stack gap={6}>
      <Text as="p" data-testid="export-summary">
        The export holds {measured.total} answers ({kinds})
        {measured.period ? `, given ${dateOf(measured.period.from, locale)} – ${dateOf(measured.period.to, locale)}` : ''}.
      </Text>
      <NpsSummary title="NPS after the first bill, all customers" headingLevel={3} result={measured.nps} />
      <JourneyMap title={demoJourneyTitle} headingLevel={3} stages={measured.stages} />
      <Table caption="Every measure per touchpoint, from the same export" columns={columns} rows={measured.touchpoints} getRowKey={(row) => row.touchpoint.id} />
    </Stack>
  );
}
