import { styled } from '../internal/static-styled';
import { controlText } from '../Field/Field.styles';

export const NumberFieldInput = styled.input`
  ${controlText}
  font-variant-numeric: tabular-nums;
  text-align: end;
`;

/** The input with its − and + buttons; wraps nothing, so it fits 320 px at every width preset. */
export const NumberFieldRow = styled.div`
  display: flex;
  align-items: center;
  gap: var(--polku-space-1);
  min-width: 0;
  max-width: 100%;

  & > input {
    flex: 1 1 auto;
  }
  & > button {
    flex-shrink: 0;
  }
`;
