import { styled } from 'styled-components';

export const StyledCard = styled.section`
  box-sizing: border-box;
  display: grid;
  gap: var(--polku-space-2);
  max-width: 100%;
  padding: var(--polku-space-4);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-l);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);

  & h2,
  & h3,
  & h4,
  & h5,
  & h6,
  & p,
  & dl,
  & dd {
    margin: 0;
  }
  & [data-title] {
    font-family: var(--polku-font-family-heading);
    font-size: var(--polku-font-size-l);
    font-weight: var(--polku-font-weight-semibold);
  }
  & [data-kind],
  & [data-meta] {
    color: var(--polku-color-text-muted);
    font-size: var(--polku-font-size-s);
  }
  & [data-score] {
    font-size: var(--polku-font-size-3xl);
    font-weight: var(--polku-font-weight-bold);
    line-height: var(--polku-font-line-height-tight);
    font-variant-numeric: tabular-nums;
  }
  &[data-suppressed] [data-score] {
    font-size: var(--polku-font-size-m);
    font-weight: var(--polku-font-weight-semibold);
  }
  & [data-trend] {
    display: flex;
    gap: var(--polku-space-2);
    align-items: flex-start;
    font-size: var(--polku-font-size-s);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
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
