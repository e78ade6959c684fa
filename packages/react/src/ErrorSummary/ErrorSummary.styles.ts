import { styled } from '../internal/static-styled';
import { focusRing } from '../Field/Field.styles';

export const ErrorSummaryRoot = styled.section`
  box-sizing: border-box;
  max-width: 100%;
  margin: 0 0 var(--polku-space-6);
  padding: var(--polku-space-4) var(--polku-space-5);
  border: var(--polku-border-width-thick) solid var(--polku-color-feedback-error-border);
  border-radius: var(--polku-radius-m);
  background: var(--polku-color-surface-default);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);

  &:focus-visible,
  &:focus {
    ${focusRing}
  }
  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

export const ErrorSummaryTitle = styled.h2`
  display: flex;
  align-items: center;
  gap: var(--polku-space-2);
  margin: 0 0 var(--polku-space-3);
  font-family: var(--polku-font-family-heading);
  font-size: var(--polku-font-size-xl);
  font-weight: var(--polku-font-weight-bold);
  line-height: var(--polku-font-line-height-tight);

  & > svg {
    flex-shrink: 0;
    color: var(--polku-color-feedback-error-icon);
  }
  @media (forced-colors: active) {
    & > svg {
      color: CanvasText;
    }
  }
`;

export const ErrorSummaryList = styled.ul`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-2);
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const ErrorSummaryLink = styled.a`
  display: inline-block;
  min-height: var(--polku-size-target-minimum);
  padding-block: var(--polku-space-1);
  color: var(--polku-color-feedback-error-text);
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-normal);
  text-decoration: underline;
  text-underline-offset: 0.2em;
  overflow-wrap: anywhere;

  &:hover {
    text-decoration-thickness: 0.15em;
  }
  &:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    color: LinkText;
  }
`;
