import { styled } from 'styled-components';

export const MapRoot = styled.section`
  box-sizing: border-box;
  display: grid;
  gap: var(--polku-space-4);
  min-width: 0;
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-default);

  & h2,
  & h3,
  & h4,
  & h5,
  & h6 {
    margin: 0;
    font-family: var(--polku-font-family-heading);
    font-size: var(--polku-font-size-xl);
  }
`;

export const Figure = styled.figure`
  margin: 0;
  display: grid;
  gap: var(--polku-space-2);

  & > svg {
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

export const TableScroller = styled.div`
  max-width: 100%;
  overflow-x: auto;
  border-radius: var(--polku-radius-s);

  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
`;

export const MapTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: var(--polku-font-size-s);

  & caption {
    text-align: start;
    font-weight: var(--polku-font-weight-semibold);
    padding-block-end: var(--polku-space-2);
  }
  & th,
  & td {
    padding: var(--polku-space-2) var(--polku-space-3);
    border-block-end: var(--polku-border-width-thin) solid var(--polku-color-border-default);
    text-align: start;
    vertical-align: top;
  }
  & thead th {
    border-block-end-width: var(--polku-border-width-thick);
    white-space: nowrap;
  }
  & ul {
    margin: 0;
    padding-inline-start: var(--polku-space-4);
  }
  & [data-below] {
    font-weight: var(--polku-font-weight-bold);
  }
  & [data-channel] {
    display: inline-flex;
    align-items: center;
    gap: var(--polku-space-1);
  }
  @media (forced-colors: active) {
    & th,
    & td {
      border-color: CanvasText;
    }
  }
`;
