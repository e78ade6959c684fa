import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { resolveSpace, type Space } from '../internal/polku-space';
import { StyledStack } from './Stack.styles';

export const stackElements = ['div', 'section', 'ul', 'ol', 'form', 'fieldset', 'article', 'aside', 'nav', 'main', 'header', 'footer'] as const;
export type StackElement = (typeof stackElements)[number];
export const stackAlignments = ['stretch', 'start', 'center', 'end'] as const;
export type StackAlign = (typeof stackAlignments)[number];

export interface StackProps extends HTMLAttributes<HTMLElement> {
  /** Space between children, a step of the spacing scale (`--polku-space-0` … `-9`: 0–64 px). Default `4` (16 px). */
  gap?: Space;
  /** Horizontal alignment of the children. Default `stretch` (full width). */
  align?: StackAlign;
  /** The element to render. Default `div`; `ul`/`ol` lose their bullets and indent (they keep list semantics). */
  as?: StackElement;
  children?: ReactNode;
}

/** Lays children out top to bottom with an even gap. */
export const Stack = forwardRef<HTMLElement, StackProps>(function Stack(
  { gap, align, as = 'div', children, ...rest },
  ref,
) {
  const resolvedGap = resolveSpace('Stack', 'gap', gap, 4);
  const resolvedAlign = oneOf('Stack', 'align', align, stackAlignments, 'stretch');
  return (
    <StyledStack {...rest} ref={ref as never} as={as} data-gap={resolvedGap} data-align={resolvedAlign}>
      {children}
    </StyledStack>
  );
});
