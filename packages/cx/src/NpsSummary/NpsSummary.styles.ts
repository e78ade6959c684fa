import { styled } from 'styled-components';

export const Breakdown = styled.div`
  display: grid;
  gap: var(--polku-space-2);

  & dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: var(--polku-space-1) var(--polku-space-3);
    font-size: var(--polku-font-size-s);
  }
  & dt {
    display: flex;
    align-items: center;
    gap: var(--polku-space-2);
  }
  & dd {
    font-variant-numeric: tabular-nums;
  }
  /* Swatch shapes differ (circle, square, triangle) so the bar does not rely on colour alone. */
  & [data-swatch] {
    flex-shrink: 0;
    width: var(--polku-space-3);
    height: var(--polku-space-3);
    border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  }
  & [data-group='promoters'] [data-swatch] {
    background: var(--polku-color-nps-promoter);
    border-radius: 50%;
  }
  & [data-group='passives'] [data-swatch] {
    background: var(--polku-color-nps-passive);
  }
  & [data-group='detractors'] [data-swatch] {
    background: var(--polku-color-nps-detractor);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    border: 0;
  }
  @media (forced-colors: active) {
    & [data-swatch] {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;

export const Bar = styled.div`
  display: flex;
  height: var(--polku-space-3);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-s);
  overflow: hidden;

  & > span {
    min-width: 0;
  }
  & > [data-group='promoters'] {
    background: var(--polku-color-nps-promoter);
  }
  & > [data-group='passives'] {
    background: var(--polku-color-nps-passive);
    background-image: repeating-linear-gradient(45deg, transparent 0 3px, var(--polku-color-surface-raised) 3px 4px);
  }
  & > [data-group='detractors'] {
    background: var(--polku-color-nps-detractor);
    background-image: repeating-linear-gradient(-45deg, transparent 0 2px, var(--polku-color-surface-raised) 2px 4px);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
    & > span + span {
      border-inline-start: var(--polku-border-width-thick) solid CanvasText;
    }
  }
`;
