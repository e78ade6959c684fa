export { Heading, headingLevels, headingSizes, defaultHeadingSize } from './Heading';
export type { HeadingProps, HeadingLevel, HeadingSize } from './Heading';
