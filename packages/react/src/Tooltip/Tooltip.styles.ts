import { keyframes } from 'styled-components';
import { styled } from '../internal/static-styled';

const appear = keyframes`
  from { opacity: 0; }
  to { opacity: 1; }
`;

export const StyledTooltip = styled.div`
  box-sizing: border-box;
  z-index: var(--polku-z-index-tooltip);
  width: max-content;
  max-width: min(calc(20 * var(--polku-space-4)), calc(100vw - 2 * var(--polku-space-2)));
  padding: var(--polku-space-1) var(--polku-space-2);
  border: var(--polku-border-width-thin) solid transparent;
  border-radius: var(--polku-radius-s);
  background: var(--polku-color-surface-inverse);
  color: var(--polku-color-text-inverse);
  box-shadow: var(--polku-shadow-m);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-normal);
  overflow-wrap: anywhere;

  &[hidden] {
    display: none;
  }
  &[data-open] {
    animation: ${appear} var(--polku-motion-duration-fast) var(--polku-motion-easing-enter);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
  @media (prefers-reduced-motion: reduce) {
    &[data-open] {
      animation: none;
    }
  }
`;
