import { styled } from 'styled-components';

export const Editor = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-2);
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);

  label {
    font-weight: var(--polku-font-weight-semibold);
  }
  textarea {
    font-family: var(--polku-font-family-mono);
    font-size: var(--polku-font-size-s);
    color: var(--polku-color-text-default);
    background: var(--polku-color-surface-default);
    border: var(--polku-border-width-thin) solid var(--polku-color-border-strong);
    border-radius: var(--polku-radius-control);
    padding: var(--polku-space-2);
    width: 100%;
    box-sizing: border-box;
  }
  textarea:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: var(--polku-size-focus-ring-offset);
  }
`;

export const Report = styled.p`
  font-family: var(--polku-font-family-body);
  font-weight: var(--polku-font-weight-semibold);
  padding: var(--polku-space-2) var(--polku-space-3);
  border-radius: var(--polku-radius-m);
  border: var(--polku-border-width-thick) solid var(--polku-color-feedback-error-border);
  background: var(--polku-color-feedback-error-background);
  color: var(--polku-color-feedback-error-text);
  &[data-passed] {
    border-color: var(--polku-color-feedback-success-border);
    background: var(--polku-color-feedback-success-background);
    color: var(--polku-color-feedback-success-text);
  }
`;

export const PreviewGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
  gap: var(--polku-space-4);
  margin-block: var(--polku-space-4);
`;

export const Preview = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--polku-space-2);
  padding: var(--polku-space-4);
  border-radius: var(--polku-radius-l);
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
`;
