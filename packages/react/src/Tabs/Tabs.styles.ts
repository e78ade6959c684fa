import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

export const StyledTabs = styled.div`
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);

  /* vertical: the tab column beside the panel; the panel wraps below it when less than 16rem is left (reflow) */
  &[data-orientation='vertical'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    column-gap: var(--polku-space-4);
  }
`;

export const StyledTabList = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--polku-space-1);
  border-bottom: var(--polku-border-width-thin) solid var(--polku-color-border-default);

  &[aria-orientation='vertical'] {
    flex: 0 1 auto;
    flex-direction: column;
    flex-wrap: nowrap;
    border-bottom: 0;
    border-inline-end: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  }
`;

export const StyledTab = styled.button`
  box-sizing: border-box;
  min-height: var(--polku-size-control-m);
  min-width: var(--polku-size-target-minimum);
  margin: 0 0 calc(-1 * var(--polku-border-width-thin));
  padding: var(--polku-space-2) var(--polku-space-4);
  border: 0;
  border-bottom: var(--polku-border-width-thick) solid transparent;
  background: transparent;
  color: var(--polku-color-text-muted);
  font: inherit;
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-medium);
  cursor: pointer;
  transition: border-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);

  &:hover {
    color: var(--polku-color-text-default);
    background: var(--polku-color-action-tertiary-background-hover);
  }
  &[aria-selected='true'] {
    color: var(--polku-color-text-default);
    font-weight: var(--polku-font-weight-semibold);
    border-bottom-color: var(--polku-color-action-primary-background);
  }
  &[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--polku-color-disabled-text);
    background: transparent;
  }
  [aria-orientation='vertical'] > & {
    margin: 0 calc(-1 * var(--polku-border-width-thin)) 0 0;
    border-bottom: 0;
    border-inline-end: var(--polku-border-width-thick) solid transparent;
    text-align: start;
  }
  [aria-orientation='vertical'] > &[aria-selected='true'] {
    border-inline-end-color: var(--polku-color-action-primary-background);
  }
  ${focusRing}

  @media (forced-colors: active) {
    &[aria-selected='true'] {
      border-bottom-color: Highlight;
    }
    [aria-orientation='vertical'] > &[aria-selected='true'] {
      border-inline-end-color: Highlight;
    }
    &[aria-disabled='true'] {
      color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
`;

export const StyledTabPanel = styled.div`
  padding: var(--polku-space-4) 0;
  [data-orientation='vertical'] > & {
    flex: 1 1 16rem;
    padding-block: var(--polku-space-2);
  }
  border-radius: var(--polku-radius-s);
  ${focusRing}
`;
