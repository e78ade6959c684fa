import { styled } from '../internal/static-styled';
import { controlText } from '../Field/Field.styles';

export const DateInputControl = styled.input`
  ${controlText}
  font-variant-numeric: tabular-nums;
`;

/** The input and what follows it (DatePicker's calendar button) on one line that never overflows 320 px. */
export const DateInputRow = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  align-items: start;
  column-gap: var(--polku-space-2);
  max-width: 100%;
  &[data-width='s'] {
    max-width: calc(10ch + var(--polku-size-control-m) + var(--polku-space-2));
  }
  &[data-width='m'] {
    max-width: calc(20ch + var(--polku-size-control-m) + var(--polku-space-2));
  }
  &[data-width='l'] {
    max-width: calc(40ch + var(--polku-size-control-m) + var(--polku-space-2));
  }
`;
