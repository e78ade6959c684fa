import { staticStyled as styled } from '@polku/react/internal';

/** The fieldset is the query container: the scale turns vertical when its own width is narrow, not the viewport. */
export const ScaleRoot = styled.fieldset`
  box-sizing: border-box;
  container-type: inline-size;
  min-width: 0;
  margin: 0;
  padding: 0;
  border: 0;
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);
`;

export const ScaleLegend = styled.legend`
  padding: 0;
  margin-bottom: var(--polku-space-3);
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-normal);
`;

export const ScaleHint = styled.p`
  margin: 0 0 var(--polku-space-3);
  font-size: var(--polku-font-size-s);
  color: var(--polku-color-text-muted);
`;

export const ScaleError = styled.p`
  margin: 0 0 var(--polku-space-3);
  font-size: var(--polku-font-size-s);
  font-weight: var(--polku-font-weight-semibold);
  color: var(--polku-color-feedback-error-text);
`;

export const ScaleOptions = styled.div`
  display: flex;
  flex-direction: row;
  gap: var(--polku-space-1);

  @container (max-width: 28rem) {
    flex-direction: column;
    gap: var(--polku-space-2);
  }
`;

/** One option: the whole label is the target; the native radio sits on top of it, invisible but focusable. */
export const ScaleOption = styled.label`
  position: relative;
  box-sizing: border-box;
  display: flex;
  flex: 1 1 0;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: var(--polku-space-1);
  min-width: var(--polku-size-target-minimum);
  min-height: var(--polku-size-control-m);
  padding: var(--polku-space-1);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-control);
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  font-size: var(--polku-font-size-m);
  font-variant-numeric: tabular-nums;
  text-align: center;
  cursor: pointer;
  transition: background-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);

  &:hover {
    background: var(--polku-color-surface-subtle);
  }

  /* Chosen: thick border, bold text and a check mark, not colour alone. */
  &:has(input:checked) {
    border-width: var(--polku-border-width-thick);
    border-color: var(--polku-color-text-default);
    background: var(--polku-color-selected-background);
    color: var(--polku-color-selected-text);
    font-weight: var(--polku-font-weight-bold);
  }
  /* The check mark: two borders of a rotated box, in the text colour (system colours in forced-colours mode), drawn
     by CSS so an option is three elements, not six. */
  &:has(input:checked)::before {
    content: '';
    box-sizing: border-box;
    width: calc(var(--polku-size-icon-s) * 0.45);
    height: calc(var(--polku-size-icon-s) * 0.8);
    margin-block-end: calc(var(--polku-size-icon-s) * 0.15);
    border: solid currentColor;
    border-width: 0 var(--polku-border-width-thick) var(--polku-border-width-thick) 0;
    transform: rotate(45deg);
  }
  &:has(input:focus-visible) {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
    box-shadow: 0 0 0 var(--polku-size-focus-ring-offset) var(--polku-color-focus-ring-contrast);
  }
  &:has(input:disabled) {
    cursor: not-allowed;
    border-color: var(--polku-color-disabled-border);
    background: var(--polku-color-disabled-background);
    color: var(--polku-color-disabled-text);
  }

  @container (max-width: 28rem) {
    flex-direction: row;
    justify-content: flex-start;
    gap: var(--polku-space-2);
    padding: var(--polku-space-2) var(--polku-space-3);
    text-align: start;
  }

  @media (forced-colors: active) {
    border-color: ButtonText;
    &:has(input:checked) {
      border-color: Highlight;
      outline: var(--polku-border-width-thin) solid Highlight;
    }
    &:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
`;

export const ScaleInput = styled.input`
  position: absolute;
  inset: 0;
  width: 100%;
  height: 100%;
  margin: 0;
  opacity: 0;
  cursor: inherit;
`;

/** Visible text under each option (emotion labels). */
export const ScaleOptionText = styled.span`
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-tight);
`;

/** The end label inside an end option: shown only in the vertical layout, where the row below is hidden. */
export const ScaleEndText = styled.span`
  display: none;

  @container (max-width: 28rem) {
    display: inline;
    font-size: var(--polku-font-size-s);
    font-weight: var(--polku-font-weight-regular);
  }
`;

/** The end labels under the row of options; they also describe the group. */
export const ScaleEnds = styled.div`
  display: flex;
  justify-content: space-between;
  gap: var(--polku-space-4);
  margin-top: var(--polku-space-2);
  font-size: var(--polku-font-size-s);
  color: var(--polku-color-text-muted);

  & > :last-child {
    text-align: end;
  }

  @container (max-width: 28rem) {
    display: none;
  }
`;
