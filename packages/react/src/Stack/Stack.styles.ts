import { styled } from '../internal/static-styled';
import { spaceRules } from '../internal/polku-space';

/** Vertical flow with a gap from the spacing scale; every gap and alignment is a static data-attribute block. */
export const StyledStack = styled.div`
  display: flex;
  flex-direction: column;
  min-width: 0;
  margin: 0;
  padding: 0;
  list-style: none;

  ${spaceRules('gap', ['gap'])}

  &[data-align='start'] {
    align-items: flex-start;
  }
  &[data-align='center'] {
    align-items: center;
  }
  &[data-align='end'] {
    align-items: flex-end;
  }
  &[data-align='stretch'] {
    align-items: stretch;
  }
`;
