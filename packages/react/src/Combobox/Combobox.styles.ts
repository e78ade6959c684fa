import { styled } from '../internal/static-styled';
import { controlBox, controlText, controlWidth } from '../Field/Field.styles';

/** The frame around the input and the toggle button; one focus ring around both. */
export const ComboboxBox = styled.div`
  ${controlBox}
  ${controlWidth}
  align-items: center;
  gap: var(--polku-space-1);
  padding: var(--polku-space-1);

  &[data-disabled] {
    background: var(--polku-color-disabled-background);
    border-color: var(--polku-color-disabled-border);
  }
  & > button {
    flex-shrink: 0;
  }
`;

export const ComboboxInput = styled.input`
  ${controlText}
  flex: 1 1 auto;
  min-height: var(--polku-size-control-s);
  padding-block: 0;
  padding-inline: var(--polku-space-2);
`;

/** The selected items of a multiple combobox, above the input, each a Tag with a remove button; they wrap at 320 px. */
export const ComboboxSelectedList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: var(--polku-space-2);
  min-width: 0;
  margin: 0;
  padding: 0;
  list-style: none;

  & > li {
    display: flex;
    max-width: 100%;
  }
`;

/** The popup: positioned by floating-ui (fixed, flipped above the field when there is no room below). */
export const ComboboxPopup = styled.div`
  box-sizing: border-box;
  z-index: var(--polku-z-index-dropdown);
  display: flex;
  flex-direction: column;
  min-width: 0;
  max-width: calc(100vw - 2 * var(--polku-space-2));
  padding: var(--polku-space-1);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  box-shadow: var(--polku-shadow-m);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);

  &[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

/** Loading, empty and error text inside the popup (not options: the listbox holds only what can be chosen). */
export const ComboboxStatus = styled.div`
  padding: var(--polku-space-2) var(--polku-space-3);
  color: var(--polku-color-text-muted);
  overflow-wrap: anywhere;

  &[data-error] {
    color: var(--polku-color-feedback-error-text);
  }
  @media (forced-colors: active) {
    color: CanvasText;
  }
`;

export const ComboboxListbox = styled.ul`
  flex: 1 1 auto;
  min-height: 0;
  margin: 0;
  padding: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  list-style: none;

  &[hidden] {
    display: none;
  }
`;

/**
 * One option: at least 24 px high (2.5.8). The active option (aria-activedescendant) gets a ring and a background; the
 * selected ones a check mark, so neither is shown by colour alone.
 */
export const ComboboxOptionRow = styled.li`
  box-sizing: border-box;
  display: flex;
  align-items: flex-start;
  gap: var(--polku-space-2);
  min-height: var(--polku-size-target-minimum);
  padding: var(--polku-space-2) var(--polku-space-3);
  padding-inline-start: var(--polku-space-2);
  border-radius: var(--polku-radius-s);
  cursor: pointer;
  overflow-wrap: anywhere;

  & > svg {
    flex-shrink: 0;
    margin-block-start: var(--polku-space-1);
    visibility: hidden;
  }
  &[aria-selected='true'] {
    font-weight: var(--polku-font-weight-semibold);
  }
  &[aria-selected='true'] > svg {
    visibility: visible;
  }
  &[data-active] {
    background: var(--polku-color-selected-background);
    color: var(--polku-color-selected-text);
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: calc(-1 * var(--polku-size-focus-ring-width));
  }
  &[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--polku-color-disabled-text);
  }

  @media (forced-colors: active) {
    &[data-active] {
      outline-color: Highlight;
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    &[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
