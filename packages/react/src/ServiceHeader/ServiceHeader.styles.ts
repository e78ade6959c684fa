import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

/*
 * Breakpoint: 48em (768 px at the default font size), the value of --polku-breakpoint-m. Media queries cannot read
 * custom properties, so the number is written here; at or below it the navigation becomes a disclosure.
 */

export const StyledServiceHeader = styled.header`
  box-sizing: border-box;
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  border-bottom: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);

  @media (forced-colors: active) {
    border-bottom-color: CanvasText;
  }
`;

/** The top row: service name, then the tools (language, user, menu button), wrapping on narrow screens. */
export const HeaderBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--polku-space-2) var(--polku-space-4);
  padding: var(--polku-space-2) var(--polku-space-4);
`;

export const HeaderBrand = styled.a`
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-2);
  min-height: var(--polku-size-target-comfortable);
  max-width: 100%;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-heading);
  font-size: var(--polku-font-size-l);
  font-weight: var(--polku-font-weight-bold);
  line-height: var(--polku-font-line-height-tight);
  text-decoration: none;
  overflow-wrap: anywhere;
  border-radius: var(--polku-radius-s);

  &:hover {
    text-decoration: underline;
  }
  & img,
  & svg {
    flex-shrink: 0;
    max-height: var(--polku-size-control-m);
    width: auto;
  }
  ${focusRing}
`;

export const HeaderTools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--polku-space-2);
`;

/** Holds the mobile menu button: shown only at or below the breakpoint. */
export const MenuToggleSlot = styled.div`
  display: none;
  @media (max-width: 48em) {
    display: block;
  }
`;

/** The primary navigation: a row of links, or below the breakpoint a list shown only while open. */
export const HeaderNav = styled.nav`
  padding: 0 var(--polku-space-4);

  @media (max-width: 48em) {
    padding: 0 var(--polku-space-2) var(--polku-space-2);
    &:not([data-open]) {
      display: none;
    }
  }
`;

export const HeaderNavList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0 var(--polku-space-2);
  margin: 0;
  padding: 0;
  list-style: none;

  @media (max-width: 48em) {
    flex-direction: column;
  }
`;

export const HeaderNavLink = styled.a`
  box-sizing: border-box;
  display: flex;
  align-items: center;
  min-height: var(--polku-size-target-comfortable);
  padding: var(--polku-space-2) var(--polku-space-3);
  border-bottom: var(--polku-border-width-thick) solid transparent;
  color: var(--polku-color-text-default);
  text-decoration: none;
  overflow-wrap: anywhere;

  &:hover {
    text-decoration: underline;
  }
  &[aria-current='page'] {
    border-bottom-color: var(--polku-color-action-primary-background);
    font-weight: var(--polku-font-weight-semibold);
  }
  ${focusRing}

  @media (max-width: 48em) {
    border-bottom: 0;
    border-inline-start: var(--polku-border-width-thick) solid transparent;
    &[aria-current='page'] {
      border-inline-start-color: var(--polku-color-action-primary-background);
    }
  }
  @media (forced-colors: active) {
    &[aria-current='page'] {
      border-color: Highlight;
    }
  }
`;
