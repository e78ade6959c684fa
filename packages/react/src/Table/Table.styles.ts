import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

export const TableScroller = styled.div`
  max-width: 100%;
  overflow-x: auto;
  border-radius: var(--polku-radius-s);
  ${focusRing}
`;

export const StyledTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-default);
  background: var(--polku-color-surface-default);

  & th,
  & td {
    padding: var(--polku-space-2) var(--polku-space-3);
    border-bottom: var(--polku-border-width-thin) solid var(--polku-color-border-default);
    text-align: start;
    vertical-align: top;
  }
  & thead th {
    border-bottom: var(--polku-border-width-thick) solid var(--polku-color-border-strong);
    font-weight: var(--polku-font-weight-semibold);
    white-space: nowrap;
    vertical-align: bottom;
  }
  & tbody th {
    font-weight: var(--polku-font-weight-semibold);
  }
  & [data-align='end'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    & th,
    & td {
      border-color: CanvasText;
    }
  }
`;

export const StyledCaption = styled.caption`
  padding-bottom: var(--polku-space-2);
  text-align: start;
  font-size: var(--polku-font-size-l);
  font-weight: var(--polku-font-weight-semibold);
`;

export const SortButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-1);
  min-height: var(--polku-size-target-minimum);
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: var(--polku-radius-s);
  background: transparent;
  color: inherit;
  font: inherit;
  text-align: inherit;
  cursor: pointer;

  & > svg {
    opacity: 0.4;
    transition: transform var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);
  }
  &[data-direction] > svg {
    opacity: 1;
  }
  &:hover {
    text-decoration: underline;
  }
  ${focusRing}

  @media (prefers-reduced-motion: reduce) {
    & > svg {
      transition: none;
    }
  }
`;
