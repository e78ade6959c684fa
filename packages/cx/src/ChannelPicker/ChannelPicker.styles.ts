import { styled } from 'styled-components';

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
`;

export const Reference = styled.div`
  margin-bottom: var(--polku-space-4);
  padding: var(--polku-space-3) var(--polku-space-4);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-subtle);

  & p {
    margin: 0;
  }
  & [data-reference] {
    font-family: var(--polku-font-family-mono);
    font-size: var(--polku-font-size-xl);
    font-weight: var(--polku-font-weight-bold);
    letter-spacing: 0.12em;
  }
  & [data-hint] {
    color: var(--polku-color-text-muted);
    font-size: var(--polku-font-size-s);
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const OptionList = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  gap: var(--polku-space-3);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Option = styled.li`
  box-sizing: border-box;
  position: relative;
  display: grid;
  align-content: start;
  gap: var(--polku-space-1);
  padding: var(--polku-space-3) var(--polku-space-4);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-raised);

  & p {
    margin: 0;
    font-size: var(--polku-font-size-s);
  }
  &[data-available='false'] {
    background: var(--polku-color-surface-subtle);
    border-style: dashed;
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

export const OptionTitle = styled.span`
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-2);
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

export const ActionLink = styled.a`
  display: inline-flex;
  align-items: center;
  min-height: var(--polku-size-target-minimum);
  margin-top: var(--polku-space-1);
  color: var(--polku-color-text-link);
  font-weight: var(--polku-font-weight-semibold);
  text-decoration: underline;
  text-underline-offset: 0.2em;

  &:visited {
    color: var(--polku-color-text-link-visited);
  }
  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
    border-radius: var(--polku-radius-s);
  }
  @media (forced-colors: active) {
    color: LinkText;
  }
`;

export const Actions = styled.div`
  margin-top: var(--polku-space-4);
`;

export const ErrorText = styled.p`
  display: flex;
  align-items: center;
  gap: var(--polku-space-2);
  margin: var(--polku-space-2) 0 0;
  font-weight: var(--polku-font-weight-semibold);
`;
