import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { Icon, Inline, Text, useLocale, useMessages, type IconName } from '@polku/react';
import { requireText } from '@polku/react/internal';
import type { Comparison, MetricResult } from '@polku/cx/metrics';
import { patternHeadingLevel, type PatternHeadingLevel } from '../hooks/heading-level';
import { formatNumber } from '../hooks/format';
import { metricsMessages } from './MetricCard.messages';
import { isShowableResult, scoreRange, validComparison } from './resultProps';
import { IntervalSvg, Score, StyledCard } from './MetricCard.styles';

export interface MetricCardOwnProps {
  /** What is measured, e.g. "NPS, branch visits, October". Heading and accessible name of the card. */
  title: string;
  /** A result from `nps`, `csat` or `ces` in `@polku/cx/metrics`. Suppressed results show why, not a number. */
  result: MetricResult;
  /** `compare(previous, result)`: worded honestly — only an interval that excludes 0 is called a change. */
  comparison?: Comparison;
  /** Name of the period or segment compared with, e.g. "September". Required with `comparison`. */
  previousLabel?: string;
  /** Heading level of the title. Default 3. */
  headingLevel?: PatternHeadingLevel;
  /** Extra content under the score (NpsSummary puts its breakdown here). */
  children?: ReactNode;
}

export type MetricCardProps = MetricCardOwnProps & Omit<HTMLAttributes<HTMLElement>, keyof MetricCardOwnProps | 'title'>;

/** Formats a value of the metric's score for display (NPS signed, CSAT as percent, CES with one decimal). */
export function useMetricFormat(kind: MetricResult['kind']): (value: number, signed?: boolean) => string {
  const locale = useLocale();
  return (value, signed = kind === 'nps') =>
    kind === 'csat'
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value / 100)
      : formatNumber(locale, value, kind === 'ces' ? 1 : 0, signed);
}

const trendIcons: Record<Comparison['verdict'], IconName> = {
  improved: 'plus',
  declined: 'minus',
  'no-significant-change': 'info',
  'insufficient-data': 'info',
};

/**
 * One CX metric with its 95% interval and sample size, a suppressed state for small samples, and a trend worded
 * from `compare` so noise is not read as change. Everything is text; the interval drawing is decorative.
 */
export const MetricCard = forwardRef<HTMLElement, MetricCardProps>(function MetricCard(props, ref) {
  const { title, result, comparison: comparisonProp, previousLabel, headingLevel, children, ...rest } = props;
  requireText('MetricCard', 'title', title);
  if (comparisonProp) requireText('MetricCard', 'previousLabel', previousLabel);
  const level = patternHeadingLevel('MetricCard', headingLevel, 3);
  const t = useMessages(metricsMessages);
  const format = useMetricFormat(result.kind);
  const locale = useLocale();
  const titleId = useId();
  // An impossible result (unknown kind, score outside its range) is not drawn: see resultProps.ts.
  const showable = isShowableResult('MetricCard', result);
  const comparison = showable ? validComparison('MetricCard', comparisonProp) : undefined;
  const [min, max] = showable ? scoreRange(result.kind) : [0, 1];
  const x = (value: number) => ((value - min) / (max - min)) * 100;

  let trend: string | null = null;
  if (comparison) {
    const previous = previousLabel ?? '';
    if (comparison.verdict === 'insufficient-data') {
      trend = t('metrics.trend.insufficient-data', { previous });
    } else {
      const decimals = comparison.measure === 'mean' ? 1 : 0;
      const amount = (value: number, signed: boolean) => formatNumber(locale, value, decimals, signed);
      const unit = (value: number, signed: boolean) =>
        t(`metrics.unit.${comparison.measure}`, { count: Math.abs(value), value: amount(value, signed) });
      trend = t(`metrics.trend.${comparison.verdict}`, {
        previous,
        difference: comparison.verdict === 'no-significant-change' ? unit(comparison.difference, true) : unit(Math.abs(comparison.difference), false),
        lower: amount(comparison.ci.lower, true),
        upper: amount(comparison.ci.upper, true),
      });
    }
  }

  return (
    <StyledCard
      {...rest}
      ref={ref}
      forwardedAs="section"
      padding={4}
      heading={<span id={titleId}>{title}</span>}
      headingLevel={level}
      aria-labelledby={titleId}
      data-kind={result.kind}
    >
      {showable && <Text variant="muted">{t(`metrics.kind.${result.kind}`)}</Text>}
      {!showable ? (
        <Score data-score="" data-invalid="">
          {t('metrics.invalid')}
        </Score>
      ) : result.suppressed ? (
        <Score data-score="" data-suppressed="">
          {t('metrics.suppressed', { n: result.n, minimumN: result.minimumN })}
        </Score>
      ) : (
        <>
          <Score data-score="">{format(result.score)}</Score>
          <Text variant="muted">
            {t('metrics.interval', { lower: format(result.ci.lower), upper: format(result.ci.upper) })} ·{' '}
            {t('metrics.n', { count: result.n })}
          </Text>
          <IntervalSvg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <line data-track="" x1="0" x2="100" y1="6" y2="6" strokeWidth="1" vectorEffect="non-scaling-stroke" />
            <rect
              data-band=""
              x={x(result.ci.lower)}
              width={Math.max(0.5, x(result.ci.upper) - x(result.ci.lower))}
              y="2"
              height="8"
              strokeWidth="1"
              vectorEffect="non-scaling-stroke"
            />
            <rect data-point="" x={x(result.score) - 0.6} width="1.2" y="0" height="12" />
          </IntervalSvg>
        </>
      )}
      {trend && (
        <Inline as="p" gap={2} align="start" data-trend="" data-verdict={comparison?.verdict}>
          <Icon name={trendIcons[comparison!.verdict]} size="s" />
          <Text as="span" variant="small">
            {trend}
          </Text>
        </Inline>
      )}
      {children}
    </StyledCard>
  );
});
