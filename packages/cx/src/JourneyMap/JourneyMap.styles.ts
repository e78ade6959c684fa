import { staticStyled as styled } from '@polku/react/internal';

export const Figure = styled.figure`
  margin: 0;
  display: grid;
  gap: var(--polku-space-2);
  min-width: 0;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  line-height: var(--polku-font-line-height-normal);

  & > svg {
    box-sizing: border-box; /* the border inside the 100 %: it made the page 2 px too wide (reflow check) */
    display: block;
    width: 100%;
    height: auto;
    border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
    border-radius: var(--polku-radius-m);
    background: var(--polku-color-surface-default);
  }
  & [data-grid] {
    stroke: var(--polku-color-border-subtle);
  }
  & [data-stage-divider] {
    stroke: var(--polku-color-border-default);
  }
  & [data-series='target'] {
    fill: none;
    stroke: var(--polku-color-border-strong);
    stroke-dasharray: 6 4;
  }
  & [data-series='measured'] {
    fill: none;
    stroke: var(--polku-color-text-default);
  }
  & [data-point='target'] {
    fill: var(--polku-color-surface-default);
    stroke: var(--polku-color-border-strong);
  }
  & [data-point='measured'] {
    fill: var(--polku-color-text-default);
  }
  & [data-point='below'] {
    fill: var(--polku-color-emotion-very-negative);
    stroke: var(--polku-color-text-default);
  }
  @media (forced-colors: active) {
    & [data-series],
    & [data-point],
    & [data-stage-divider] {
      stroke: CanvasText;
    }
    & [data-point='measured'],
    & [data-point='below'] {
      fill: CanvasText;
    }
  }
`;

export const Legend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: var(--polku-space-2) var(--polku-space-4);
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: var(--polku-font-size-s);

  & li {
    display: inline-flex;
    align-items: center;
    gap: var(--polku-space-2);
  }
  & svg {
    width: var(--polku-size-icon-l);
    height: var(--polku-size-icon-s);
    overflow: visible;
  }
`;

/** Pain points inside a table cell: a compact list. */
export const PainPoints = styled.ul`
  margin: 0;
  padding-inline-start: var(--polku-space-4);
`;
