import { keyframes } from 'styled-components';
import { styled } from '../internal/static-styled';

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;

export const ProgressRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-1);
  min-width: 0;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-normal);
`;

/** Label on the left, value text on the right; wraps on narrow screens. */
export const ProgressHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: var(--polku-space-1) var(--polku-space-3);
`;

export const ProgressLabel = styled.span`
  font-weight: var(--polku-font-weight-semibold);
`;

export const ProgressValue = styled.span`
  font-variant-numeric: tabular-nums;
`;

/** The track has a 3:1 border, so the bar's extent is visible whatever the fill colour. */
export const ProgressTrack = styled.div`
  box-sizing: border-box;
  position: relative;
  overflow: hidden;
  height: var(--polku-space-3);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-pill);
  background: var(--polku-color-surface-subtle);

  &[data-size='s'] {
    height: var(--polku-space-2);
  }
  &[data-size='l'] {
    height: var(--polku-space-4);
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

/** Its width is the one per-instance value (inline style); everything else is static. */
export const ProgressFill = styled.div`
  height: 100%;
  background: var(--polku-color-action-primary-background);
  border-radius: inherit;
  transition: width var(--polku-motion-duration-normal) var(--polku-motion-easing-standard);

  &[data-indeterminate] {
    width: 40%;
    animation: ${slide} 1.6s var(--polku-motion-easing-standard) infinite;
  }

  @media (prefers-reduced-motion: reduce) {
    transition: none;
    &[data-indeterminate] {
      width: 100%;
      animation: none;
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    background: Highlight;
    forced-color-adjust: none;
  }
`;
