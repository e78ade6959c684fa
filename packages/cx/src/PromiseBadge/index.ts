export { PromiseBadge } from './PromiseBadge';
export type { PromiseBadgeProps } from './PromiseBadge';
export { promiseMessages } from './PromiseBadge.messages';
