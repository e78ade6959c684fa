import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { resolveSpace, type Space } from '../internal/polku-space';
import { StyledInline } from './Inline.styles';

export const inlineElements = ['div', 'span', 'ul', 'ol', 'nav', 'p', 'footer', 'header'] as const;
export type InlineElement = (typeof inlineElements)[number];
export const inlineAlignments = ['center', 'start', 'end', 'baseline', 'stretch'] as const;
export type InlineAlign = (typeof inlineAlignments)[number];
export const inlineJustifications = ['start', 'center', 'end', 'space-between'] as const;
export type InlineJustify = (typeof inlineJustifications)[number];

export interface InlineProps extends HTMLAttributes<HTMLElement> {
  /** Space between children, horizontally and between wrapped lines; a step of the spacing scale. Default `2` (8 px). */
  gap?: Space;
  /** Vertical alignment of the children. Default `center`. */
  align?: InlineAlign;
  /** Horizontal distribution. Default `start`. */
  justify?: InlineJustify;
  /** Children wrap onto new lines by default, so the row reflows on narrow screens; `false` keeps one line. */
  wrap?: boolean;
  /** The element to render. Default `div`. */
  as?: InlineElement;
  children?: ReactNode;
}

/** Lays children out in a row that wraps, with an even gap: button groups, tags, meta information. */
export const Inline = forwardRef<HTMLElement, InlineProps>(function Inline(
  { gap, align, justify, wrap = true, as = 'div', children, ...rest },
  ref,
) {
  const resolvedGap = resolveSpace('Inline', 'gap', gap, 2);
  const resolvedAlign = oneOf('Inline', 'align', align, inlineAlignments, 'center');
  const resolvedJustify = oneOf('Inline', 'justify', justify, inlineJustifications, 'start');
  const element = oneOf('Inline', 'as', as, inlineElements, 'div');
  return (
    <StyledInline
      {...rest}
      ref={ref as never}
      as={element}
      data-gap={resolvedGap}
      data-align={resolvedAlign}
      data-justify={resolvedJustify}
      data-nowrap={wrap ? undefined : ''}
    >
      {children}
    </StyledInline>
  );
});
