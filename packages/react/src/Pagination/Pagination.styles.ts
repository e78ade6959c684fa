import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

export const StyledPagination = styled.nav`
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  color: var(--polku-color-text-default);
`;

export const PaginationList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--polku-space-1);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const PageControl = styled.button`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--polku-space-1);
  min-width: var(--polku-size-control-s);
  min-height: var(--polku-size-control-s);
  margin: 0;
  padding: 0 var(--polku-space-2);
  border: var(--polku-border-width-thin) solid transparent;
  border-radius: var(--polku-radius-control);
  background: transparent;
  color: var(--polku-color-action-tertiary-text);
  font: inherit;
  text-decoration: none;
  cursor: pointer;

  &:hover {
    background: var(--polku-color-action-tertiary-background-hover);
  }
  &[aria-current='page'] {
    background: var(--polku-color-selected-background);
    color: var(--polku-color-selected-text);
    border-color: var(--polku-color-border-strong);
    font-weight: var(--polku-font-weight-bold);
  }
  &:disabled,
  &[aria-disabled='true'] {
    cursor: not-allowed;
    background: transparent;
    color: var(--polku-color-disabled-text);
  }
  ${focusRing}

  @media (forced-colors: active) {
    &[aria-current='page'] {
      border-color: Highlight;
      border-width: var(--polku-border-width-thick);
    }
    &:disabled,
    &[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;

export const PageEllipsis = styled.li`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: var(--polku-size-target-minimum);
  color: var(--polku-color-text-muted);
`;
