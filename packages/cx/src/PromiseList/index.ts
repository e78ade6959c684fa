export { PromiseList } from './PromiseList';
export type { PromiseListProps, PromiseListItem } from './PromiseList';
