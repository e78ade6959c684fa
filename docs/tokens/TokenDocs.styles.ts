import { styled } from 'styled-components';

export const DocTable = styled.table`
  border-collapse: collapse;
  width: 100%;
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
  color: var(--polku-color-text-default);
  background: var(--polku-color-surface-default);

  caption {
    text-align: start;
    font-weight: var(--polku-font-weight-semibold);
    padding-block: var(--polku-space-2);
  }
  th,
  td {
    text-align: start;
    padding: var(--polku-space-2);
    border-bottom: var(--polku-border-width-thin) solid var(--polku-color-border-default);
    vertical-align: middle;
  }
  code {
    font-family: var(--polku-font-family-mono);
    overflow-wrap: anywhere;
  }
`;

export const Scroll = styled.div`
  overflow-x: auto;
  max-width: 100%;
  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
  }
`;

/** A swatch shows its colour on a checkerboard-free white/black split so translucent colours stay visible. */
export const Swatch = styled.span`
  display: inline-block;
  width: var(--polku-size-control-m);
  height: var(--polku-size-control-s);
  border-radius: var(--polku-radius-s);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  forced-color-adjust: none;
`;

export const Sample = styled.span`
  display: inline-block;
  padding: var(--polku-space-1) var(--polku-space-2);
  border-radius: var(--polku-radius-s);
  forced-color-adjust: none;
`;

export const Controls = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: var(--polku-space-4);
  margin-block: var(--polku-space-3);
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);

  label {
    display: flex;
    flex-direction: column;
    gap: var(--polku-space-1);
    font-weight: var(--polku-font-weight-semibold);
  }
  select {
    min-height: var(--polku-size-control-m);
    font: inherit;
    font-weight: var(--polku-font-weight-regular);
    color: var(--polku-color-text-default);
    background: var(--polku-color-surface-default);
    border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
    border-radius: var(--polku-radius-control);
  }
  select:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
`;

export const Bar = styled.span`
  display: inline-block;
  height: var(--polku-space-4);
  background: var(--polku-color-action-primary-background);
  forced-color-adjust: none;
  @media (forced-colors: active) {
    background: CanvasText;
  }
`;

export const ShadowBox = styled.span`
  display: inline-block;
  width: var(--polku-size-control-l);
  height: var(--polku-size-control-l);
  background: var(--polku-color-surface-raised);
  border-radius: var(--polku-radius-m);
`;

export const Verdict = styled.strong`
  font-weight: var(--polku-font-weight-semibold);
  &[data-verdict='Fail'] {
    color: var(--polku-color-feedback-error-text);
  }
`;
