import { styled } from '../internal/static-styled';

/** One static template; the size is a data attribute mapped to the icon-size tokens. */
export const StyledIcon = styled.svg`
  display: inline-block;
  flex-shrink: 0;
  vertical-align: middle;
  width: var(--polku-size-icon-m);
  height: var(--polku-size-icon-m);
  fill: none;
  stroke: currentColor;
  overflow: visible;

  &[data-size='s'] {
    width: var(--polku-size-icon-s);
    height: var(--polku-size-icon-s);
  }
  &[data-size='l'] {
    width: var(--polku-size-icon-l);
    height: var(--polku-size-icon-l);
  }
  &[data-size='inherit'] {
    width: 1em;
    height: 1em;
  }

  /* Strokes are currentColor, so they follow the forced text colour; make sure no author colour survives. */
  @media (forced-colors: active) {
    forced-color-adjust: auto;
    stroke: currentColor;
  }
`;
