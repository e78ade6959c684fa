import { styled } from '../internal/static-styled';
import { IconButton } from '../IconButton';

/** The non-modal dialog: a raised panel at most 400 px wide and never wider than the viewport. */
export const StyledPopover = styled.div`
  box-sizing: border-box;
  z-index: var(--polku-z-index-dropdown);
  width: min(calc(20 * var(--polku-space-5)), calc(100vw - 2 * var(--polku-space-2)));
  padding: var(--polku-space-3) var(--polku-space-4) var(--polku-space-4);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-m);
  box-shadow: var(--polku-shadow-l);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
  overflow-wrap: anywhere;

  &[hidden] {
    display: none;
  }
  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
    &:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const PopoverHeader = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--polku-space-2);
  margin-bottom: var(--polku-space-2);
`;

/** The title names the dialog (`aria-labelledby`); it is not a heading, so it never breaks the page's outline. */
export const PopoverTitle = styled.div`
  padding-top: var(--polku-space-2);
  font-family: var(--polku-font-family-heading);
  font-size: var(--polku-font-size-l);
  font-weight: var(--polku-font-weight-bold);
  line-height: var(--polku-font-line-height-tight);
`;

export const PopoverClose = styled(IconButton)`
  flex-shrink: 0;
  margin-right: calc(-1 * var(--polku-space-2));
`;
