import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

/** The link as it looks once focused (its wrapper keeps it hidden until then): a clear, raised block at the top. */
export const StyledSkipLink = styled.a`
  display: inline-block;
  margin: var(--polku-space-2);
  padding: var(--polku-space-3) var(--polku-space-4);
  min-height: var(--polku-size-target-minimum);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-link);
  border: var(--polku-border-width-thick) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-control);
  box-shadow: var(--polku-shadow-m);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  text-decoration: underline;
  text-underline-offset: 0.2em;

  ${focusRing}

  @media (forced-colors: active) {
    border-color: LinkText;
    color: LinkText;
  }
`;
