import { forwardRef } from 'react';
import { useLocale, useMessages } from '@polku/react';
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

/** NPS with its interval, n, honest trend and the promoter / passive / detractor breakdown as text. */
export const NpsSummary = forwardRef<HTMLElement, NpsSummaryProps>(function NpsSummary(
  { result, showBreakdown = true, ...rest },
  ref,
) {
  const t = useMessages(metricsMessages);
  const locale = useLocale();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const share = (count: number) => (result.n > 0 ? count / result.n : 0);
  return (
    <MetricCard {...rest} ref={ref} result={result}>
      {showBreakdown && !result.suppressed && (
        <Breakdown>
          <Bar aria-hidden="true">
            {groups.map((group) => (
              <span key={group} data-group={group} style={{ flexGrow: result.counts[group] }} />
            ))}
          </Bar>
          <dl>
            {groups.map((group) => (
              <div key={group} data-group={group} style={{ display: 'contents' }}>
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
