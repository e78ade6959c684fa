import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

/** A text link: always underlined (colour is never the only cue), visited colour, the shared focus ring. */
export const StyledLink = styled.a`
  color: var(--polku-color-text-link);
  text-decoration: underline;
  text-decoration-thickness: var(--polku-border-width-thin);
  text-underline-offset: 0.2em;
  border-radius: var(--polku-radius-s);
  cursor: pointer;

  &:visited {
    color: var(--polku-color-text-link-visited);
  }
  &:hover {
    text-decoration-thickness: var(--polku-border-width-thick);
  }

  ${focusRing}

  &[data-standalone] {
    display: inline-flex;
    align-items: center;
    gap: var(--polku-space-1);
    min-height: var(--polku-size-target-minimum);
    font-weight: var(--polku-font-weight-semibold);
  }

  @media (forced-colors: active) {
    color: LinkText;
    &:visited {
      color: VisitedText;
    }
  }
`;

/** The external-link icon after the text; kept on the same line as the last word. */
export const LinkIcon = styled.span`
  display: inline-block;
  margin-inline-start: 0.25em;
  white-space: nowrap;
  vertical-align: -0.125em;

  & > svg {
    vertical-align: baseline;
  }
`;
