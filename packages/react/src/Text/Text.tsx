import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { StyledText } from './Text.styles';

export const textVariants = ['body', 'lead', 'small', 'muted'] as const;
export type TextVariant = (typeof textVariants)[number];
export const textElements = ['p', 'span', 'div', 'strong', 'em', 'small', 'label', 'figcaption', 'blockquote'] as const;
export type TextElement = (typeof textElements)[number];
export const textWeights = ['regular', 'semibold', 'bold'] as const;
export type TextWeight = (typeof textWeights)[number];

export interface TextProps extends HTMLAttributes<HTMLElement> {
  /**
   * `body` (default) for running text, `lead` for an introduction under a page heading, `small` for secondary
   * details, `muted` for de-emphasised details (smaller and in the muted text colour, still 4.5:1).
   */
  variant?: TextVariant;
  /** Element to render. Default `p`; `span` inside other text. */
  as?: TextElement;
  /** Font weight. Default `regular`. */
  weight?: TextWeight;
  /** Take the colour of the parent instead of the text token (inside a coloured surface). */
  inheritColor?: boolean;
  children?: ReactNode;
}

/** Text in the Polku type scale. */
export const Text = forwardRef<HTMLElement, TextProps>(function Text(
  { variant, as = 'p', weight, inheritColor = false, children, ...rest },
  ref,
) {
  const resolvedVariant = oneOf('Text', 'variant', variant, textVariants, 'body');
  const resolvedWeight = oneOf('Text', 'weight', weight, textWeights, 'regular');
  const element = oneOf('Text', 'as', as, textElements, 'p');
  return (
    <StyledText
      {...rest}
      ref={ref as never}
      as={element}
      data-variant={resolvedVariant}
      data-weight={resolvedWeight === 'regular' ? undefined : resolvedWeight}
      data-inherit-color={inheritColor ? '' : undefined}
    >
      {children}
    </StyledText>
  );
});
