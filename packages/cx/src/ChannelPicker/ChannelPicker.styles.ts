import { staticStyled as styled } from '@polku/react/internal';
import { Card, Inline } from '@polku/react';

export const StyledPicker = styled.fieldset`
  box-sizing: border-box;
  min-width: 0;
  margin: 0;
  padding: 0;
  border: 0;
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
  color: var(--polku-color-text-default);

  & > legend {
    padding: 0;
    margin-bottom: var(--polku-space-3);
    font-size: var(--polku-font-size-l);
    font-weight: var(--polku-font-weight-semibold);
  }
  & > [data-reference-box] {
    margin-bottom: var(--polku-space-4);
  }
  @media (forced-colors: active) {
    & > [data-reference-box] {
      border-color: CanvasText;
    }
  }
`;

/** The case reference, large and spaced so it can be read out on the phone. */
export const ReferenceCode = styled.span`
  font-family: var(--polku-font-family-mono);
  font-size: var(--polku-font-size-xl);
  font-weight: var(--polku-font-weight-bold);
  letter-spacing: 0.12em;
`;

export const OptionList = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  gap: var(--polku-space-3);
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** A channel card (core Card); unavailable and selected states are data attributes and :has(). */
export const Option = styled(Card)`
  gap: var(--polku-space-1);

  &[data-available='false'] {
    background: var(--polku-color-surface-subtle);
    border-style: dashed;
    box-shadow: none;
  }
  &:has(input:checked) {
    border-color: var(--polku-color-border-strong);
    border-width: var(--polku-border-width-thick);
    background: var(--polku-color-surface-selected);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
    &:has(input:checked) {
      border-color: Highlight;
    }
  }
`;

export const OptionTitle = styled(Inline)`
  font-weight: var(--polku-font-weight-semibold);
`;

export const RadioLabel = styled.label`
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-2);
  min-height: var(--polku-size-target-minimum);
  cursor: pointer;

  & input {
    width: var(--polku-size-icon-m);
    height: var(--polku-size-icon-m);
    margin: 0;
    accent-color: var(--polku-color-action-primary-background);
  }
  & input:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
  & input:disabled {
    cursor: not-allowed;
  }
`;

export const Actions = styled.div`
  margin-top: var(--polku-space-4);
`;

export const ErrorText = styled(Inline)`
  margin-top: var(--polku-space-2);
  font-weight: var(--polku-font-weight-semibold);
`;
