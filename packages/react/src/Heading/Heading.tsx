import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { devError, oneOf, requireText } from '../internal';
import { StyledHeading } from './Heading.styles';

export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];
export const headingSizes = ['xs', 's', 'm', 'l', 'xl', '2xl', '3xl', '4xl'] as const;
export type HeadingSize = (typeof headingSizes)[number];

/** The size a level gets when `size` is not given. */
export const defaultHeadingSize: Record<HeadingLevel, HeadingSize> = {
  1: '3xl',
  2: '2xl',
  3: 'xl',
  4: 'l',
  5: 'm',
  6: 's',
};

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /**
   * Required: the heading's level in the page outline (`h1`…`h6`). Choose it by structure — levels follow each other
   * without gaps — and choose the look with `size`.
   */
  level: HeadingLevel;
  /** Visual size, independent of the level (`--polku-font-size-*`). Default by level: 1 → `3xl` … 6 → `s`. */
  size?: HeadingSize;
  /** The heading text. */
  children: ReactNode;
}

const levelNames = headingLevels.map(String);

/** A section heading whose level (semantics) and size (look) are chosen separately. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, children, ...rest },
  ref,
) {
  if (level === undefined) devError('Heading: the "level" prop is required (1–6); using 2.');
  const resolvedLevel = Number(oneOf('Heading', 'level', level === undefined ? undefined : String(level), levelNames, '2')) as HeadingLevel;
  const resolvedSize = oneOf('Heading', 'size', size, headingSizes, defaultHeadingSize[resolvedLevel]);
  requireText('Heading', 'children', children);
  return (
    <StyledHeading {...rest} ref={ref} as={`h${resolvedLevel}`} data-size={resolvedSize}>
      {children}
    </StyledHeading>
  );
});
