import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

/** A selected value or filter; raised surface with a 3:1 border so its boundary is visible. */
export const StyledTag = styled.span`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-1);
  max-width: 100%;
  min-height: var(--polku-size-control-s);
  padding-block: 0;
  padding-inline: var(--polku-space-3);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-s);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-tight);
  vertical-align: middle;

  &[data-removable] {
    padding-inline-end: var(--polku-space-1);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const TagLabel = styled.span`
  min-width: 0;
  overflow-wrap: anywhere;
`;

/** The remove button: a 24 px target (2.5.8), the tag's text colour, the shared focus ring. */
export const TagRemove = styled.button`
  box-sizing: border-box;
  display: inline-flex;
  flex-shrink: 0;
  align-items: center;
  justify-content: center;
  width: var(--polku-size-target-minimum);
  height: var(--polku-size-target-minimum);
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: var(--polku-radius-s);
  background: transparent;
  color: inherit;
  cursor: pointer;
  transition: background-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);

  &:hover {
    background: var(--polku-color-action-tertiary-background-hover);
  }

  ${focusRing}

  &:disabled {
    cursor: not-allowed;
    color: var(--polku-color-disabled-text);
  }

  @media (forced-colors: active) {
    color: ButtonText;
    &:disabled {
      color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
`;
