import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { resolveSpace, type Space } from '../internal/polku-space';
import { StyledBox } from './Box.styles';

export const boxElements = ['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'li', 'span'] as const;
export type BoxElement = (typeof boxElements)[number];
export const boxBackgrounds = ['none', 'default', 'subtle', 'raised'] as const;
export type BoxBackground = (typeof boxBackgrounds)[number];
export const boxBorders = ['none', 'subtle', 'default', 'strong'] as const;
export type BoxBorder = (typeof boxBorders)[number];
export const boxRadii = ['none', 's', 'm', 'l'] as const;
export type BoxRadius = (typeof boxRadii)[number];
export const boxShadows = ['none', 's', 'm', 'l'] as const;
export type BoxShadow = (typeof boxShadows)[number];

export interface BoxProps extends HTMLAttributes<HTMLElement> {
  /** Padding on all sides, a step of the spacing scale (`--polku-space-*`). */
  padding?: Space;
  /** Padding top and bottom; overrides `padding` there. */
  paddingBlock?: Space;
  /** Padding left and right; overrides `padding` there. */
  paddingInline?: Space;
  /** Surface colour (`--polku-color-surface-*`); also sets the default text colour. Default `none`. */
  background?: BoxBackground;
  /** Border: `subtle` is decorative only; `default` and `strong` reach 3:1 for boundaries that matter. Default `none`. */
  border?: BoxBorder;
  /** Corner radius (`--polku-radius-*`). Default `none`. */
  radius?: BoxRadius;
  /** Elevation (`--polku-shadow-*`). Default `none`. */
  shadow?: BoxShadow;
  /** The element to render. Default `div`. */
  as?: BoxElement;
  children?: ReactNode;
}

/** A container for padding, surface, border and radius from tokens, without writing CSS. */
export const Box = forwardRef<HTMLElement, BoxProps>(function Box(
  { padding, paddingBlock, paddingInline, background, border, radius, shadow, as = 'div', children, ...rest },
  ref,
) {
  const resolvedBackground = oneOf('Box', 'background', background, boxBackgrounds, 'none');
  const resolvedBorder = oneOf('Box', 'border', border, boxBorders, 'none');
  const resolvedRadius = oneOf('Box', 'radius', radius, boxRadii, 'none');
  const resolvedShadow = oneOf('Box', 'shadow', shadow, boxShadows, 'none');
  const element = oneOf('Box', 'as', as, boxElements, 'div');
  return (
    <StyledBox
      {...rest}
      ref={ref as never}
      as={element}
      data-padding={resolveSpace('Box', 'padding', padding)}
      data-padding-block={resolveSpace('Box', 'paddingBlock', paddingBlock)}
      data-padding-inline={resolveSpace('Box', 'paddingInline', paddingInline)}
      data-background={resolvedBackground === 'none' ? undefined : resolvedBackground}
      data-border={resolvedBorder === 'none' ? undefined : resolvedBorder}
      data-radius={resolvedRadius === 'none' ? undefined : resolvedRadius}
      data-shadow={resolvedShadow === 'none' ? undefined : resolvedShadow}
    >
      {children}
    </StyledBox>
  );
});
