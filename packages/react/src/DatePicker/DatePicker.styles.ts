import { styled } from '../internal/static-styled';
import { Dialog } from '../Dialog';

/** The modal calendar: centred, no wider than a month of 44 px days needs, and never wider than a 320 px screen. */
export const CalendarDialog = styled(Dialog)`
  max-width: calc(26 * var(--polku-space-4));
`;

/** Year and month buttons around the live month heading. */
export const CalendarHeader = styled.div`
  display: grid;
  grid-template-columns: auto auto minmax(0, 1fr) auto auto;
  align-items: center;
  gap: var(--polku-space-1);
  margin-bottom: var(--polku-space-2);
`;

export const MonthHeading = styled.h3`
  margin: 0;
  font-family: var(--polku-font-family-heading);
  font-size: var(--polku-font-size-l);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-tight);
  text-align: center;
  overflow-wrap: anywhere;
`;

export const CalendarGrid = styled.table`
  width: 100%;
  table-layout: fixed;
  border-collapse: separate;
  border-spacing: var(--polku-border-width-thick);
  font-variant-numeric: tabular-nums;

  & th {
    padding: var(--polku-space-1) 0;
    font-size: var(--polku-font-size-s);
    font-weight: var(--polku-font-weight-semibold);
    color: var(--polku-color-text-muted);
    text-align: center;
  }
  & td {
    box-sizing: border-box;
    min-width: var(--polku-size-target-minimum);
    height: var(--polku-size-control-m);
    padding: 0;
    text-align: center;
  }
  & td[data-date] {
    border: var(--polku-border-width-thin) solid transparent;
    border-radius: var(--polku-radius-control);
    cursor: pointer;
  }
  & td[data-date]:hover {
    background: var(--polku-color-action-tertiary-background-hover);
  }
  & td[aria-current='date'] {
    font-weight: var(--polku-font-weight-bold);
    border-color: var(--polku-color-border-strong);
  }
  & td[aria-selected='true'] {
    background: var(--polku-color-selected-background);
    color: var(--polku-color-selected-text);
    font-weight: var(--polku-font-weight-bold);
  }
  & td[aria-disabled='true'] {
    color: var(--polku-color-text-muted);
    text-decoration: line-through;
    cursor: not-allowed;
  }
  & td[aria-disabled='true']:hover {
    background: none;
  }
  & td:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }

  @media (forced-colors: active) {
    & td[aria-current='date'] {
      border-color: CanvasText;
    }
    & td[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    & td[aria-disabled='true'] {
      color: GrayText;
    }
    & td:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Where the calendar is laid out once before its first open: off-screen, so fonts and layout are warm; inert. */
export const WarmUpArea = styled.div`
  position: fixed;
  inset-block-start: 0;
  inset-inline-start: -200vw;
  inline-size: calc(26 * var(--polku-space-4));
  pointer-events: none;
`;
