import { styled } from '../internal/static-styled';

/** Body copy in four variants, each a static data-attribute block. */
export const StyledText = styled.p`
  margin: 0;
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-regular);
  line-height: var(--polku-font-line-height-relaxed);
  overflow-wrap: break-word;

  &[data-variant='lead'] {
    font-size: var(--polku-font-size-l);
    line-height: var(--polku-font-line-height-normal);
  }
  &[data-variant='small'] {
    font-size: var(--polku-font-size-s);
    line-height: var(--polku-font-line-height-normal);
  }
  &[data-variant='muted'] {
    color: var(--polku-color-text-muted);
    font-size: var(--polku-font-size-s);
    line-height: var(--polku-font-line-height-normal);
  }

  &[data-weight='semibold'] {
    font-weight: var(--polku-font-weight-semibold);
  }
  &[data-weight='bold'] {
    font-weight: var(--polku-font-weight-bold);
  }

  &[data-inherit-color] {
    color: inherit;
  }
`;
