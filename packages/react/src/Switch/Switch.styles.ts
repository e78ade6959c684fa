import { styled } from '../internal/static-styled';
import { focusRing } from '../Field/Field.styles';

export const SwitchButton = styled.button`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-3);
  align-self: flex-start;
  min-height: var(--polku-size-target-minimum);
  margin: 0;
  padding: var(--polku-space-1) 0;
  border: 0;
  background: transparent;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-tight);
  cursor: pointer;

  &:focus-visible {
    ${focusRing}
  }
  &:disabled {
    cursor: not-allowed;
    color: var(--polku-color-disabled-text);
  }
`;

export const SwitchTrack = styled.span`
  box-sizing: border-box;
  position: relative;
  display: inline-block;
  flex-shrink: 0;
  width: calc(var(--polku-size-icon-l) * 2);
  height: var(--polku-size-icon-l);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-pill);
  background: var(--polku-color-surface-default);
  transition: background-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);

  &::after {
    content: '';
    position: absolute;
    top: 50%;
    left: var(--polku-space-1);
    width: var(--polku-size-icon-s);
    height: var(--polku-size-icon-s);
    border-radius: 50%;
    background: var(--polku-color-border-strong);
    transform: translate(0, -50%);
    transition: transform var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);
  }

  [aria-checked='true'] > & {
    border-color: var(--polku-color-action-primary-background);
    background: var(--polku-color-action-primary-background);
  }
  [aria-checked='true'] > &::after {
    background: var(--polku-color-action-primary-text);
    transform: translate(calc(var(--polku-size-icon-l) - var(--polku-space-1)), -50%);
  }
  :disabled > & {
    border-color: var(--polku-color-disabled-border);
    background: var(--polku-color-disabled-background);
  }
  :disabled > &::after {
    background: var(--polku-color-disabled-text);
  }

  @media (forced-colors: active) {
    border-color: ButtonText;
    &::after {
      background: ButtonText;
    }
    [aria-checked='true'] > & {
      border-color: Highlight;
      background: Highlight;
    }
    [aria-checked='true'] > &::after {
      background: HighlightText;
    }
    :disabled > & {
      border-color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
    &::after {
      transition: none;
    }
  }
`;

export const SwitchStateText = styled.span`
  min-width: 4ch;
  font-weight: var(--polku-font-weight-semibold);
`;
