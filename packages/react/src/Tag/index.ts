export { Tag } from './Tag';
export type { TagProps } from './Tag';
export { tagMessages } from './Tag.messages';
