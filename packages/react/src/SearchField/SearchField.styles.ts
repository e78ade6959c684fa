import { styled } from '../internal/static-styled';
import { controlBox, controlText, controlWidth } from '../Field/Field.styles';

/** Input box and search button side by side; the button wraps below the box when 320 px is too narrow for both. */
export const SearchFieldRow = styled.div`
  ${controlWidth}
  display: flex;
  flex-wrap: wrap;
  gap: var(--polku-space-2);
  align-items: stretch;
  min-width: 0;
`;

/** The frame holds the icon, the input and the clear button; the focus ring is drawn around all three. */
export const SearchFieldBox = styled.div`
  ${controlBox}
  flex: 1 1 12rem;
  align-items: center;
  gap: var(--polku-space-1);
  padding-inline-start: var(--polku-space-3);

  &[data-disabled] {
    background: var(--polku-color-disabled-background);
    border-color: var(--polku-color-disabled-border);
  }
  & > svg {
    flex-shrink: 0;
    color: var(--polku-color-text-muted);
  }
  & > button {
    flex-shrink: 0;
    margin-inline-end: var(--polku-space-1);
  }
  @media (forced-colors: active) {
    & > svg {
      color: CanvasText;
    }
  }
`;

export const SearchFieldInput = styled.input`
  ${controlText}
  padding-inline-start: var(--polku-space-1);

  /* Chromium and Safari draw their own clear button on type="search"; Polku draws a named one instead */
  &::-webkit-search-cancel-button,
  &::-webkit-search-decoration {
    appearance: none;
  }
`;
