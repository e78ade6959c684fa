import { css } from 'styled-components';
import { styled } from '../internal/static-styled';

/** Column of label, hint, error, control and counter. Never wider than its container (320 px reflow). */
export const FieldRoot = styled.div`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  align-items: stretch;
  gap: var(--polku-space-2);
  min-width: 0;
  max-width: 100%;
  margin: 0;
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);
`;

/** Label and legend share one look. */
export const FieldLabelText = styled.label`
  display: block;
  max-width: 100%;
  padding: 0;
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-default);
  overflow-wrap: anywhere;

  &[data-choice] {
    font-weight: var(--polku-font-weight-regular);
    cursor: pointer;
  }
  &[data-legend] {
    float: none;
    margin-bottom: var(--polku-space-2);
    font-size: var(--polku-font-size-l);
  }
`;

export const FieldRequiredText = styled.span`
  font-weight: var(--polku-font-weight-regular);
`;

export const FieldHintText = styled.div`
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-muted);
  overflow-wrap: anywhere;
`;

export const FieldErrorText = styled.p`
  display: flex;
  align-items: flex-start;
  gap: var(--polku-space-2);
  margin: 0;
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-feedback-error-text);
  overflow-wrap: anywhere;

  & > svg {
    flex-shrink: 0;
    color: var(--polku-color-feedback-error-icon);
  }

  @media (forced-colors: active) {
    color: CanvasText;
    & > svg {
      color: CanvasText;
    }
  }
`;

export const FieldCounterText = styled.div`
  font-size: var(--polku-font-size-s);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-muted);

  &[data-over] {
    font-weight: var(--polku-font-weight-bold);
    color: var(--polku-color-feedback-error-text);
  }
  @media (forced-colors: active) {
    color: CanvasText;
  }
`;

/** Width presets for text-like controls: full width up to a maximum, so they reflow at 320 px. */
/** Border, focus ring, invalid and disabled looks shared by input, textarea, select and the prefix/suffix box. */
export const controlFrame = css`
  box-sizing: border-box;
  border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
  border-radius: var(--polku-radius-control);
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  transition: border-color var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);

  &[aria-invalid='true'],
  &[data-invalid] {
    border-color: var(--polku-color-feedback-error-border);
    border-width: var(--polku-border-width-thick);
  }

  @media (forced-colors: active) {
    border-color: FieldText;
    &[aria-invalid='true'],
    &[data-invalid] {
      border-color: FieldText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
`;

export const focusRing = css`
  outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
  outline-offset: var(--polku-size-focus-ring-offset);

  @media (forced-colors: active) {
    outline-color: Highlight;
  }
`;

/**
 * A framed box around an input and what sits beside it (TextField's prefix and suffix, SearchField's icon and clear
 * button): the frame and the focus ring move from the input to the box, and the input inside loses its own.
 */
export const controlBox = css`
  ${controlFrame}
  display: flex;
  min-width: 0;

  &:focus-within {
    ${focusRing}
  }
  & > input {
    flex: 1 1 auto;
    border: 0;
    outline: none;
  }
  & > input:focus-visible {
    outline: none;
  }
`;

/**
 * The control's width (`width` prop) as `data-width` on the framed element itself: no wrapper element per field
 * (bench: 1,000 TextFields). `full` is the default and writes no attribute. `ch` follows the control's own font.
 */
export const controlWidth = css`
  width: 100%;
  max-width: 100%;

  &[data-width='s'] {
    max-width: 10ch;
  }
  &[data-width='m'] {
    max-width: 20ch;
  }
  &[data-width='l'] {
    max-width: 40ch;
  }
`;

/** The text-entry element itself (input, textarea, select). */
export const controlText = css`
  ${controlFrame}
  ${controlWidth}
  display: block;
  min-width: 0;
  min-height: var(--polku-size-control-m);
  margin: 0;
  padding: var(--polku-space-2) var(--polku-space-3);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);

  &::placeholder {
    color: var(--polku-color-text-muted);
    opacity: 1;
  }
  &:focus-visible {
    ${focusRing}
  }
  &:disabled {
    cursor: not-allowed;
    background: var(--polku-color-disabled-background);
    color: var(--polku-color-disabled-text);
    border-color: var(--polku-color-disabled-border);
  }
  @media (forced-colors: active) {
    &:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;

/** Checkbox and radio row: the native input, then its label, hint and error in a column. */
export const ChoiceRow = styled.div`
  box-sizing: border-box;
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  column-gap: var(--polku-space-3);
  row-gap: var(--polku-space-1);
  align-items: start;
  max-width: 100%;
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);

  & > input {
    box-sizing: border-box;
    width: var(--polku-size-icon-l);
    height: var(--polku-size-icon-l);
    min-width: var(--polku-size-target-minimum);
    min-height: var(--polku-size-target-minimum);
    margin: 0;
    accent-color: var(--polku-color-action-primary-background);
    cursor: pointer;
  }
  & > input:focus-visible {
    ${focusRing}
  }
  & > input:disabled {
    cursor: not-allowed;
  }
  & > input:disabled + label {
    color: var(--polku-color-disabled-text);
    cursor: not-allowed;
  }
  /* The label's minimum height keeps the whole row a target of at least 24 px (one line of body text is 24 px, level
     with the box). It stays a block: a flex label would drop the space before "(required)" and set it apart. */
  & > label {
    grid-column: 2;
    min-height: var(--polku-size-target-minimum);
    padding-block: 0;
  }
  & > :not(input):not(label) {
    grid-column: 2;
  }
  @media (forced-colors: active) {
    & > input:disabled + label {
      color: GrayText;
    }
  }
`;
