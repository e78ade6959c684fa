import { staticStyled as styled } from '@polku/react/internal';
import { Card } from '@polku/react';

/** The core Card as a labelled section; the metric adds only its score and the interval drawing. */
export const StyledCard = styled(Card)`
  max-width: 100%;

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const Score = styled.p`
  margin: 0;
  font-size: var(--polku-font-size-3xl);
  font-weight: var(--polku-font-weight-bold);
  line-height: var(--polku-font-line-height-tight);
  font-variant-numeric: tabular-nums;

  &[data-suppressed] {
    font-size: var(--polku-font-size-m);
    font-weight: var(--polku-font-weight-semibold);
    line-height: var(--polku-font-line-height-normal);
  }
`;

export const IntervalSvg = styled.svg`
  display: block;
  width: 100%;
  height: var(--polku-space-6);
  color: var(--polku-color-text-default);

  & [data-track] {
    stroke: var(--polku-color-border-default);
  }
  & [data-band] {
    fill: var(--polku-color-surface-selected);
    stroke: var(--polku-color-border-strong);
  }
  & [data-point] {
    fill: currentColor;
  }
  @media (forced-colors: active) {
    & [data-track],
    & [data-band] {
      stroke: CanvasText;
    }
    & [data-point] {
      fill: CanvasText;
    }
  }
`;
