import { keyframes } from 'styled-components';
import { styled } from '../internal/static-styled';

const rotate = keyframes`
  from { transform: rotate(0deg); }
  to { transform: rotate(360deg); }
`;

/** The root: inline, aligns the drawing with an optional visible label. */
export const SpinnerRoot = styled.span`
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-2);
  color: inherit;
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
`;

/**
 * An SVG ring: a faint full track and a quarter arc in currentColor that rotates. Sizes are data attributes:
 * `s` 16 px, `m` 24 px, `l` 48 px.
 */
export const SpinnerGraphic = styled.svg`
  display: block;
  flex-shrink: 0;
  width: var(--polku-size-icon-l);
  height: var(--polku-size-icon-l);
  fill: none;
  stroke: currentColor;
  animation: ${rotate} 0.9s linear infinite;
  transform-origin: 50% 50%;

  &[data-size='s'] {
    width: var(--polku-size-icon-s);
    height: var(--polku-size-icon-s);
  }
  &[data-size='l'] {
    width: var(--polku-space-8);
    height: var(--polku-space-8);
  }

  & > circle:first-child {
    opacity: 0.25;
  }

  /* Rotation slows to a calm turn instead of stopping, so the spinner still says "working". */
  @media (prefers-reduced-motion: reduce) {
    animation-duration: 3s;
  }
  @media (forced-colors: active) {
    stroke: CanvasText;
    & > circle:first-child {
      opacity: 0.4;
    }
  }
`;
