export { MetricCard, useMetricFormat } from './MetricCard';
export type { MetricCardProps } from './MetricCard';
export { metricsMessages } from './MetricCard.messages';
