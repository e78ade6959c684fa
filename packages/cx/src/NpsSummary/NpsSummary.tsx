import { forwardRef, useId } from 'react';
import { useLocale, useMessages } from '@polku/react';
import { isInRange, warnProp } from '@polku/react/internal';
import type { Comparison, NpsResult } from '@polku/cx/metrics';
import { MetricCard, type MetricCardProps } from '../MetricCard/MetricCard';
import { metricsMessages } from '../MetricCard/MetricCard.messages';
import { Bar, Breakdown } from './NpsSummary.styles';

export interface NpsSummaryProps extends Omit<MetricCardProps, 'result' | 'children'> {
  /** A result of `nps()` from `@polku/cx/metrics`. */
  result: NpsResult;
  /** `compare(previousPeriod, result)`. */
  comparison?: Comparison;
  /** Show promoters, passives and detractors with counts and shares (default true; hidden while suppressed). */
  showBreakdown?: boolean;
}

const groups = ['promoters', 'passives', 'detractors'] as const;

/**
 * True when the breakdown adds up: whole counts of at least 0 whose sum is `n`. Counts that do not (shares over
 * 100 % in total) warn in development and the breakdown is left out.
 */
function countsAddUp(result: NpsResult): boolean {
  if (result.suppressed) return false;
  const counts = result.counts ?? ({} as Partial<NpsResult['counts']>);
  for (const group of groups) {
    if (!isInRange(counts[group], { min: 0, integer: true })) {
      warnProp('NpsSummary', `result.counts.${group}`, counts[group], 'must be a whole number of at least 0', 'no breakdown is shown');
      return false;
    }
  }
  const sum = groups.reduce((total, group) => total + (counts[group] ?? 0), 0);
  if (sum !== result.n) {
    warnProp('NpsSummary', 'result.counts', counts, `must add up to n (${result.n}), not ${sum}`, 'no breakdown is shown');
    return false;
  }
  return true;
}

/** NPS with its interval, n, honest trend and the promoter / passive / detractor breakdown as text. */
export const NpsSummary = forwardRef<HTMLElement, NpsSummaryProps>(function NpsSummary(
  { result, showBreakdown = true, ...rest },
  ref,
) {
  const t = useMessages(metricsMessages);
  const locale = useLocale();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const share = (count: number) => (result.n > 0 ? count / result.n : 0);
  // SVG ids for the hatch patterns (no inline styles: the bar's widths are SVG presentation attributes, which a
  // strict style-src CSP does not block).
  const patternId = `polku-nps-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  let offset = 0;
  const segments = groups.map((group) => {
    const width = share(result.counts[group]) * 100;
    const segment = { group, x: offset, width };
    offset += width;
    return segment;
  });
  return (
    <MetricCard {...rest} ref={ref} result={result}>
      {showBreakdown && countsAddUp(result) && (
        <Breakdown>
          <Bar viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <defs>
              {(['passives', 'detractors'] as const).map((group) => (
                <pattern
                  key={group}
                  id={`${patternId}-${group}`}
                  data-group={group}
                  width="3"
                  height="3"
                  patternUnits="userSpaceOnUse"
                  patternTransform={group === 'passives' ? 'rotate(45)' : 'rotate(-45)'}
                >
                  <rect width="3" height="3" />
                  <line x1="0" x2="0" y1="0" y2="3" strokeWidth="1" />
                </pattern>
              ))}
            </defs>
            {segments.map(({ group, x, width }) => (
              <rect
                key={group}
                data-group={group}
                x={x}
                width={width}
                y="0"
                height="12"
                fill={group === 'promoters' ? undefined : `url(#${patternId}-${group})`}
              />
            ))}
          </Bar>
          <dl>
            {groups.map((group) => (
              <div key={group} data-group={group}>
                <dt>
                  <span data-swatch="" aria-hidden="true" />
                  {t(`metrics.${group}`)}
                </dt>
                <dd>{t('metrics.share', { count: result.counts[group], percent: percent.format(share(result.counts[group])) })}</dd>
              </div>
            ))}
          </dl>
        </Breakdown>
      )}
    </MetricCard>
  );
});
