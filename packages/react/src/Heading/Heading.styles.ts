import { styled } from '../internal/static-styled';

/** One template for all six levels; the visual size is a data attribute, independent of the level. */
export const StyledHeading = styled.h2`
  margin: 0;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-heading);
  font-weight: var(--polku-font-weight-bold);
  line-height: var(--polku-font-line-height-tight);
  overflow-wrap: break-word;
  text-wrap: balance;

  &[data-size='xs'] {
    font-size: var(--polku-font-size-xs);
  }
  &[data-size='s'] {
    font-size: var(--polku-font-size-s);
  }
  &[data-size='m'] {
    font-size: var(--polku-font-size-m);
  }
  &[data-size='l'] {
    font-size: var(--polku-font-size-l);
  }
  &[data-size='xl'] {
    font-size: var(--polku-font-size-xl);
  }
  &[data-size='2xl'] {
    font-size: var(--polku-font-size-2xl);
  }
  &[data-size='3xl'] {
    font-size: var(--polku-font-size-3xl);
  }
  &[data-size='4xl'] {
    font-size: var(--polku-font-size-4xl);
  }
  &[data-size='xs'],
  &[data-size='s'],
  &[data-size='m'] {
    font-weight: var(--polku-font-weight-semibold);
    line-height: var(--polku-font-line-height-normal);
  }
`;
