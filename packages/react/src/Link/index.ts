export { Link } from './Link';
export type { LinkProps } from './Link';
export { linkMessages } from './Link.messages';
