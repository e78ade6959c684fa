import { staticStyled as styled } from '@polku/react/internal';

/** The promise cards flow into as many columns as fit, one column at 320 px. */
export const Items = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: var(--polku-space-3);
  margin: 0;
  padding: 0;
  list-style: none;
`;
