import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { resolveSpace, type Space } from '../internal/polku-space';
import { StyledStack } from './Stack.styles';

export const stackElements = ['div', 'section', 'ul', 'ol', 'form', 'fieldset', 'article', 'aside', 'nav', 'main', 'header', 'footer'] as const;
export type StackElement = (typeof stackElements)[number];
export const stackAlignments = ['stretch', 'start', 'center', 'end'] as const;
export type StackAlign = (typeof stackAlignments)[number];

export interface StackOwnProps {
  /** Space between children, a step of the spacing scale (`--polku-space-0` … `-9`: 0–64 px). Default `4` (16 px). */
  gap?: Space;
  /** Horizontal alignment of the children. Default `stretch` (full width). */
  align?: StackAlign;
  children?: ReactNode;
}

/** The props of one element Stack can render: `as="form"` takes `onSubmit`, `action` and `noValidate`, and so on. */
export type StackElementProps<E extends StackElement> = StackOwnProps & {
  /** The element to render. Default `div`; `ul`/`ol` lose their bullets and indent (they keep list semantics). */
  as: E;
} & Omit<ComponentPropsWithoutRef<E>, keyof StackOwnProps | 'as'>;

/** Stack's props: those of a `div` by default, or of the element named by `as` (a union discriminated by `as`). */
export type StackProps =
  | (StackOwnProps & { as?: 'div' } & Omit<ComponentPropsWithoutRef<'div'>, keyof StackOwnProps | 'as'>)
  | { [E in Exclude<StackElement, 'div'>]: StackElementProps<E> }[Exclude<StackElement, 'div'>];

/** Lays children out top to bottom with an even gap. */
export const Stack = forwardRef<HTMLElement, StackProps>(function Stack(
  { gap, align, as = 'div', children, ...rest },
  ref,
) {
  const resolvedGap = resolveSpace('Stack', 'gap', gap, 4);
  const resolvedAlign = oneOf('Stack', 'align', align, stackAlignments, 'stretch');
  const element = oneOf('Stack', 'as', as, stackElements, 'div');
  return (
    <StyledStack {...rest} ref={ref as never} as={element} data-gap={resolvedGap} data-align={resolvedAlign}>
      {children}
    </StyledStack>
  );
});
