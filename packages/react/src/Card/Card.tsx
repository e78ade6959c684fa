import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { Heading, type HeadingLevel, type HeadingSize } from '../Heading';
import { devError, oneOf } from '../internal';
import { type Space } from '../internal/polku-space';
import { CardBody, CardFooter, CardLink, StyledCard } from './Card.styles';

export const cardElements = ['div', 'article', 'section', 'li'] as const;
export type CardElement = (typeof cardElements)[number];

export interface CardBaseProps {
  /** Inner padding, a step of the spacing scale. Default `5` (20 px). */
  padding?: Space;
  /** Element to render. Default `div`; `article` for self-contained items, `li` inside a list of cards. */
  as?: CardElement;
  /** Content under the heading. */
  children?: ReactNode;
  /** Secondary content at the bottom (date, meta). */
  footer?: ReactNode;
  /** Visual size of the heading. Default `l`. */
  headingSize?: HeadingSize;
}

/** Without a heading, a card is a plain raised container. */
export interface CardPlainProps {
  heading?: undefined;
  headingLevel?: undefined;
  href?: undefined;
}
/** With a heading, its level in the page outline is required. */
export interface CardHeadingProps {
  /** The card's heading. */
  heading: ReactNode;
  /** Required with `heading`: its level in the page outline. */
  headingLevel: HeadingLevel;
  /**
   * Makes the whole card a link: the heading text becomes the one link (so its name is the heading), and a click
   * anywhere on the card follows it. Needs a `heading`.
   */
  href?: string;
}

export type CardProps = CardBaseProps &
  (CardPlainProps | CardHeadingProps) &
  Omit<HTMLAttributes<HTMLElement>, keyof CardBaseProps | 'heading'>;

/**
 * A raised surface that groups content about one subject. A linked card has a single link target (its heading),
 * stretched over the card, so screen readers hear one short link and not the whole card.
 */
export const Card = forwardRef<HTMLElement, CardProps>(function Card(props, ref) {
  const { heading, headingLevel, headingSize = 'l', href, padding = 5, as = 'div', children, footer, ...rest } = props;
  if (href !== undefined && heading === undefined) {
    devError('Card: a linked card ("href") needs a "heading": the heading text is the link.');
  }
  if (heading !== undefined && headingLevel === undefined) {
    devError('Card: the "headingLevel" prop is required with "heading" (1–6).');
  }
  const linked = href !== undefined && heading !== undefined;
  const element = oneOf('Card', 'as', as, cardElements, 'div');

  return (
    <StyledCard
      {...rest}
      ref={ref}
      forwardedAs={element}
      background="raised"
      border="default"
      radius="m"
      shadow="s"
      padding={padding}
      data-linked={linked ? '' : undefined}
    >
      {heading !== undefined && (
        <Heading level={headingLevel ?? 2} size={headingSize}>
          {linked ? (
            <CardLink href={href} data-card-link="">
              {heading}
            </CardLink>
          ) : (
            heading
          )}
        </Heading>
      )}
      {children !== undefined && <CardBody>{children}</CardBody>}
      {footer !== undefined && <CardFooter>{footer}</CardFooter>}
    </StyledCard>
  );
});
