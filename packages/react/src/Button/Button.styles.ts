import { keyframes } from 'styled-components';
import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

const spin = keyframes`
  to { transform: rotate(360deg); }
`;

/**
 * One static template: variants and sizes are data attributes mapped to static blocks, so changing a variant
 * never generates a new class.
 */
export const StyledButton = styled.button`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--polku-space-2);
  min-width: var(--polku-size-target-minimum);
  min-height: var(--polku-size-control-m);
  margin: 0;
  padding: var(--polku-space-2) var(--polku-space-4);
  border: var(--polku-border-width-thick) solid transparent;
  border-radius: var(--polku-radius-control);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-tight);
  text-align: center;
  text-decoration: none;
  cursor: pointer;
  background: var(--polku-color-action-primary-background);
  color: var(--polku-color-action-primary-text);

  /* Transitions only while hovered: on the base rule, a variant change on 1,000 buttons started 1,000 transitions
     (bench: variant change 96x the floor). */
  &:hover {
    background: var(--polku-color-action-primary-background-hover);
    transition:
      background-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard),
      border-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);
  }
  &:active {
    background: var(--polku-color-action-primary-background-active);
  }

  ${focusRing}

  &[data-variant='secondary'] {
    background: var(--polku-color-action-secondary-background);
    color: var(--polku-color-action-secondary-text);
    border-color: var(--polku-color-action-secondary-border);
    &:hover {
      background: var(--polku-color-action-secondary-background-hover);
    }
  }
  &[data-variant='tertiary'] {
    background: transparent;
    color: var(--polku-color-action-tertiary-text);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    &:hover {
      background: var(--polku-color-action-tertiary-background-hover);
    }
  }
  &[data-variant='danger'] {
    background: var(--polku-color-action-danger-background);
    color: var(--polku-color-action-danger-text);
    &:hover {
      background: var(--polku-color-action-danger-background-hover);
    }
  }

  &[data-size='s'] {
    min-height: var(--polku-size-control-s);
    padding: var(--polku-space-1) var(--polku-space-3);
    font-size: var(--polku-font-size-s);
  }
  &[data-size='l'] {
    min-height: var(--polku-size-control-l);
    padding: var(--polku-space-3) var(--polku-space-5);
    font-size: var(--polku-font-size-l);
  }
  &[data-full-width] {
    width: 100%;
  }

  &:disabled,
  &[aria-disabled='true'] {
    cursor: not-allowed;
    background: var(--polku-color-disabled-background);
    color: var(--polku-color-disabled-text);
    border-color: var(--polku-color-disabled-border);
  }
  &[data-loading] {
    cursor: progress;
  }

  @media (forced-colors: active) {
    border-color: ButtonText;
    &:disabled,
    &[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
  /* The hover selector too: the transitions live on the hover rule, which outranks a bare class here on specificity. */
  @media (prefers-reduced-motion: reduce) {
    &,
    &:hover {
      transition: none;
    }
  }
`;

export const ButtonIcon = styled.span`
  display: inline-flex;
  flex-shrink: 0;
  & > svg {
    width: var(--polku-size-icon-m);
    height: var(--polku-size-icon-m);
  }
`;

export const ButtonSpinner = styled.span`
  box-sizing: border-box;
  display: inline-block;
  flex-shrink: 0;
  width: var(--polku-size-icon-s);
  height: var(--polku-size-icon-s);
  border: var(--polku-border-width-thick) solid currentColor;
  border-right-color: transparent;
  border-radius: 50%;
  animation: ${spin} 0.8s linear infinite;

  @media (prefers-reduced-motion: reduce) {
    animation-duration: 2.4s;
  }
`;
