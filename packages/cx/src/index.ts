export type { CxEventBase } from './events';
export * from './hooks';
export * from './PromiseBadge';
