import { staticStyled as styled } from '@polku/react/internal';

/** One static template; the state is a data attribute, shown by text, icon and border style as well as colour. */
export const StyledPromise = styled.div`
  box-sizing: border-box;
  display: grid;
  gap: var(--polku-space-1);
  max-width: 100%;
  padding: var(--polku-space-3) var(--polku-space-4);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-inline-start-width: var(--polku-space-1);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
  overflow-wrap: anywhere;

  & time {
    font-size: var(--polku-font-size-s);
  }
  &[data-state='kept'] {
    background: var(--polku-color-promise-kept-background);
    color: var(--polku-color-promise-kept-text);
    border-color: var(--polku-color-promise-kept-border);
  }
  &[data-state='at-risk'] {
    background: var(--polku-color-promise-at-risk-background);
    color: var(--polku-color-promise-at-risk-text);
    border-color: var(--polku-color-promise-at-risk-border);
    border-style: solid;
    border-inline-start-style: double;
    border-inline-start-width: var(--polku-space-2);
  }
  &[data-state='broken'] {
    background: var(--polku-color-promise-broken-background);
    color: var(--polku-color-promise-broken-text);
    border-color: var(--polku-color-promise-broken-border);
    border-width: var(--polku-border-width-thick);
    border-inline-start-width: var(--polku-space-2);
  }
  &[data-state='paused'],
  &[data-state='waived'] {
    background: var(--polku-color-promise-paused-background);
    color: var(--polku-color-promise-paused-text);
    border-color: var(--polku-color-promise-paused-border);
    border-style: dashed;
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
    forced-color-adjust: none;
    background: Canvas;
    color: CanvasText;
  }
`;

/** The countdown keeps its width while the digits change. */
export const PromiseTimer = styled.span`
  font-size: var(--polku-font-size-s);
  font-variant-numeric: tabular-nums;
`;
