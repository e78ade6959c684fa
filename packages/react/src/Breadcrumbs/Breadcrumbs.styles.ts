import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

export const StyledBreadcrumbs = styled.nav`
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-default);
`;

export const BreadcrumbList = styled.ol`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    display: inline-flex;
    align-items: center;
    min-width: 0;
  }
  /* The separator is decorative CSS content, so it is not read. */
  & > li + li::before {
    content: '/' / '';
    margin: 0 var(--polku-space-2);
    color: var(--polku-color-text-muted);
  }
`;

export const BreadcrumbLink = styled.a`
  display: inline-flex;
  align-items: center;
  min-height: var(--polku-size-target-minimum);
  color: var(--polku-color-text-link);
  text-decoration: underline;
  text-underline-offset: 0.2em;
  overflow-wrap: anywhere;
  border-radius: var(--polku-radius-s);

  &:visited {
    color: var(--polku-color-text-link-visited);
  }
  &:hover {
    text-decoration-thickness: var(--polku-border-width-thick);
  }
  &[aria-current='page'] {
    color: var(--polku-color-text-default);
    text-decoration: none;
    font-weight: var(--polku-font-weight-semibold);
  }
  ${focusRing}

  @media (forced-colors: active) {
    &[aria-current='page'] {
      color: CanvasText;
    }
  }
`;

export const BreadcrumbCurrent = styled.span`
  font-weight: var(--polku-font-weight-semibold);
  overflow-wrap: anywhere;
`;
