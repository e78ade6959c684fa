import { styled } from '../internal/static-styled';
import { StyledButton } from '../Button/Button.styles';

/**
 * Composes Button's template (colours, variants, focus ring, disabled, forced colours, reduced motion) and only
 * makes it square: the width equals the control height of each size, and the padding goes.
 */
export const StyledIconButton = styled(StyledButton)`
  flex-shrink: 0;
  width: var(--polku-size-control-m);
  height: var(--polku-size-control-m);
  min-height: var(--polku-size-control-m);
  padding: 0;
  text-decoration: none;

  &[data-size='s'] {
    width: var(--polku-size-control-s);
    height: var(--polku-size-control-s);
    min-height: var(--polku-size-control-s);
    padding: 0;
  }
  &[data-size='l'] {
    width: var(--polku-size-control-l);
    height: var(--polku-size-control-l);
    min-height: var(--polku-size-control-l);
    padding: 0;
  }
`;

/** Holds a custom SVG given as `icon`, sized like the Polku icons of the same button size. */
export const IconSlot = styled.span`
  display: inline-flex;
  & > svg {
    width: var(--polku-size-icon-m);
    height: var(--polku-size-icon-m);
  }
  [data-size='s'] > & > svg {
    width: var(--polku-size-icon-s);
    height: var(--polku-size-icon-s);
  }
  [data-size='l'] > & > svg {
    width: var(--polku-size-icon-l);
    height: var(--polku-size-icon-l);
  }
`;
