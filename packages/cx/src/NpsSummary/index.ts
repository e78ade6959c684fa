export { NpsSummary } from './NpsSummary';
export type { NpsSummaryProps } from './NpsSummary';
