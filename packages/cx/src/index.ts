export type { CxEventBase } from './events';
export * from './feedback';
export * from './hooks';
export * from './PromiseBadge';
export * from './ChannelPicker';
