import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

/** Wraps the button and its popup, so focus and pointer checks know what belongs to the widget. */
export const MenuRoot = styled.div`
  display: inline-block;
  position: relative;
  max-width: 100%;
`;

/** The popup: a raised panel, positioned by floating-ui (fixed strategy), never wider than the viewport. */
export const StyledMenu = styled.div`
  box-sizing: border-box;
  z-index: var(--polku-z-index-dropdown);
  min-width: min(calc(12 * var(--polku-space-5)), calc(100vw - 2 * var(--polku-space-2)));
  max-width: calc(100vw - 2 * var(--polku-space-2));
  max-height: min(calc(24 * var(--polku-space-5)), calc(100vh - 2 * var(--polku-space-2)));
  overflow-y: auto;
  margin: 0;
  padding: var(--polku-space-1);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-m);
  box-shadow: var(--polku-shadow-m);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);

  &[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

/** One item (a button or a link): a full-width row at least 40 px high; focus shows as the selected colour pair. */
export const StyledMenuItem = styled.button`
  box-sizing: border-box;
  display: flex;
  align-items: center;
  gap: var(--polku-space-2);
  width: 100%;
  min-height: var(--polku-size-control-m);
  margin: 0;
  padding: var(--polku-space-2) var(--polku-space-3);
  border: 0;
  border-radius: var(--polku-radius-s);
  background: transparent;
  color: var(--polku-color-text-default);
  font: inherit;
  line-height: var(--polku-font-line-height-normal);
  text-align: start;
  text-decoration: none;
  overflow-wrap: anywhere;
  cursor: pointer;

  &:hover {
    background: var(--polku-color-surface-subtle);
  }
  &:focus {
    background: var(--polku-color-selected-background);
    color: var(--polku-color-selected-text);
    outline: none;
  }
  ${focusRing}

  &[aria-disabled='true'] {
    color: var(--polku-color-text-disabled);
    cursor: not-allowed;
  }
  &[aria-disabled='true']:hover {
    background: transparent;
  }

  @media (forced-colors: active) {
    &:focus {
      outline: var(--polku-size-focus-ring-width) solid Highlight;
    }
    &[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;

/** The check mark column of radio items; empty (but as wide) when the item is not checked. */
export const MenuItemCheck = styled.span`
  display: inline-flex;
  flex-shrink: 0;
  width: var(--polku-size-icon-m);
  height: var(--polku-size-icon-m);
  & > svg {
    width: 100%;
    height: 100%;
  }
`;

export const StyledMenuGroup = styled.div`
  & + &,
  & + [role='separator'],
  [role='separator'] + & {
    margin-top: var(--polku-space-1);
  }
`;

/** The visible group heading; the group is labelled by it, and it is hidden from the reading order itself. */
export const MenuGroupLabel = styled.span`
  display: block;
  padding: var(--polku-space-2) var(--polku-space-3) var(--polku-space-1);
  color: var(--polku-color-text-muted);
  font-size: var(--polku-font-size-s);
  font-weight: var(--polku-font-weight-semibold);
`;

export const StyledMenuSeparator = styled.div`
  height: 0;
  margin: var(--polku-space-1) 0;
  border-top: var(--polku-border-width-thin) solid var(--polku-color-border-default);

  @media (forced-colors: active) {
    border-top-color: CanvasText;
  }
`;
