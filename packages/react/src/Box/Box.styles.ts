import { styled } from '../internal/static-styled';
import { spaceRules } from '../internal/polku-space';

/**
 * A plain container whose padding, background, radius, border and shadow come from tokens through data attributes.
 * Backgrounds are the surfaces that text colours are guaranteed to contrast with, and each sets the default text
 * colour with it.
 */
export const StyledBox = styled.div`
  box-sizing: border-box;
  min-width: 0;
  margin: 0;

  ${spaceRules('padding', ['padding'])}
  ${spaceRules('padding-block', ['padding-block'])}
  ${spaceRules('padding-inline', ['padding-inline'])}

  &[data-background='default'] {
    background: var(--polku-color-surface-default);
    color: var(--polku-color-text-default);
  }
  &[data-background='subtle'] {
    background: var(--polku-color-surface-subtle);
    color: var(--polku-color-text-default);
  }
  &[data-background='raised'] {
    background: var(--polku-color-surface-raised);
    color: var(--polku-color-text-default);
  }

  &[data-border='subtle'] {
    border: var(--polku-border-width-thin) solid var(--polku-color-border-subtle);
  }
  &[data-border='default'] {
    border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  }
  &[data-border='strong'] {
    border: var(--polku-border-width-thick) solid var(--polku-color-border-strong);
  }

  &[data-radius='s'] {
    border-radius: var(--polku-radius-s);
  }
  &[data-radius='m'] {
    border-radius: var(--polku-radius-m);
  }
  &[data-radius='l'] {
    border-radius: var(--polku-radius-l);
  }

  &[data-shadow='s'] {
    box-shadow: var(--polku-shadow-s);
  }
  &[data-shadow='m'] {
    box-shadow: var(--polku-shadow-m);
  }
  &[data-shadow='l'] {
    box-shadow: var(--polku-shadow-l);
  }

  /* Backgrounds and shadows vanish in forced colours; keep the container's edge wherever it had one. */
  @media (forced-colors: active) {
    &[data-background]:not([data-border]),
    &[data-shadow]:not([data-border]) {
      border: 1px solid CanvasText;
    }
  }
`;
