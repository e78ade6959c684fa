export { SkipLink } from './SkipLink';
export type { SkipLinkProps } from './SkipLink';
export { skipLinkMessages } from './SkipLink.messages';
