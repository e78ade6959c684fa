export { Inline, inlineElements, inlineAlignments, inlineJustifications } from './Inline';
export type { InlineProps, InlineElement, InlineAlign, InlineJustify } from './Inline';
