import { styled } from '../internal/static-styled';
import { Box } from '../Box';
import { StyledLink } from '../Link/Link.styles';

/**
 * Composes Box (raised surface, border, radius, padding from tokens) and adds the card's own layout. A linked card
 * is `position: relative` so its single link can stretch over the whole card.
 */
export const StyledCard = styled(Box)`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-3);

  &[data-linked] {
    position: relative;
    transition: box-shadow var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);
  }
  &[data-linked]:hover {
    box-shadow: var(--polku-shadow-m);
  }
  /* Other interactive content in a linked card must sit above the stretched link to stay clickable. */
  &[data-linked] :is(a, button, input, select, textarea, summary):not([data-card-link]) {
    position: relative;
    z-index: 1;
  }

  @media (prefers-reduced-motion: reduce) {
    &[data-linked] {
      transition: none;
    }
  }
`;

/** The card's one link: its ::after covers the whole card, and the focus ring is drawn around the card. */
export const CardLink = styled(StyledLink)`
  &::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--polku-radius-m);
  }
  &:focus-visible {
    outline: none;
    box-shadow: none;
  }
  &:focus-visible::after {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
    box-shadow: 0 0 0 var(--polku-size-focus-ring-offset) var(--polku-color-focus-ring-contrast);
  }
  @media (forced-colors: active) {
    &:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;

export const CardBody = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-2);
  min-width: 0;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
`;

export const CardFooter = styled.div`
  margin-top: auto;
  padding-top: var(--polku-space-2);
  color: var(--polku-color-text-muted);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
`;
