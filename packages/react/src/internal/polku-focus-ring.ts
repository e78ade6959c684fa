import { css } from 'styled-components';

/** The shared visible focus indicator (2.4.7 / 2.4.11): ring plus a contrasting halo, Highlight in forced colours. */
export const focusRing = css`
  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
    box-shadow: 0 0 0 var(--polku-size-focus-ring-offset) var(--polku-color-focus-ring-contrast);
  }
  @media (forced-colors: active) {
    &:focus-visible {
      outline-color: Highlight;
    }
  }
`;
