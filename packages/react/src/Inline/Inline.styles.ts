import { styled } from '../internal/static-styled';
import { spaceRules } from '../internal/polku-space';

/** Horizontal flow that wraps onto new lines (reflow at 320 px); gaps, alignment and justification are static blocks. */
export const StyledInline = styled.div`
  display: flex;
  flex-direction: row;
  flex-wrap: wrap;
  align-items: center;
  min-width: 0;
  margin: 0;
  padding: 0;
  list-style: none;

  ${spaceRules('gap', ['gap'])}

  &[data-nowrap] {
    flex-wrap: nowrap;
  }

  &[data-align='start'] {
    align-items: flex-start;
  }
  &[data-align='end'] {
    align-items: flex-end;
  }
  &[data-align='baseline'] {
    align-items: baseline;
  }
  &[data-align='stretch'] {
    align-items: stretch;
  }

  &[data-justify='center'] {
    justify-content: center;
  }
  &[data-justify='end'] {
    justify-content: flex-end;
  }
  &[data-justify='space-between'] {
    justify-content: space-between;
  }
`;
