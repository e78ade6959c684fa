import { staticStyled as styled } from '@polku/react/internal';

export const Breakdown = styled.div`
  display: grid;
  gap: var(--polku-space-2);

  & dl,
  & dd {
    margin: 0;
  }
  & dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: var(--polku-space-1) var(--polku-space-3);
    font-size: var(--polku-font-size-s);
  }
  /* Each term and its value are wrapped in a div for grouping; the div takes no box so dt and dd sit in the grid. */
  & dl > div {
    display: contents;
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

/** The breakdown bar: segment widths are SVG attributes; passives and detractors are hatched, not told by colour alone. */
export const Bar = styled.svg`
  display: block;
  width: 100%;
  height: var(--polku-space-3);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-s);
  box-sizing: border-box;

  & > rect[data-group='promoters'] {
    fill: var(--polku-color-nps-promoter);
  }
  & pattern[data-group='passives'] > rect {
    fill: var(--polku-color-nps-passive);
  }
  & pattern[data-group='detractors'] > rect {
    fill: var(--polku-color-nps-detractor);
  }
  & pattern > line {
    stroke: var(--polku-color-surface-raised);
  }
  @media (forced-colors: active) {
    forced-color-adjust: none;
    border-color: CanvasText;
    & > rect[data-group] {
      stroke: CanvasText;
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    & > rect[data-group='promoters'],
    & pattern > rect {
      fill: Canvas;
    }
    & pattern > line {
      stroke: CanvasText;
    }
  }
`;
