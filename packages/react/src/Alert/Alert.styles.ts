import { css } from 'styled-components';
import { styled } from '../internal/static-styled';
import { IconButton } from '../IconButton';

/** Tone colours as static data-attribute blocks; shared by Alert and Toast. */
export const toneColors = css`
  background: var(--polku-color-feedback-info-background);
  color: var(--polku-color-feedback-info-text);
  border: var(--polku-border-width-thin) solid var(--polku-color-feedback-info-border);
  border-inline-start-width: var(--polku-space-1);
  & > svg {
    color: var(--polku-color-feedback-info-icon);
  }

  &[data-tone='success'] {
    background: var(--polku-color-feedback-success-background);
    color: var(--polku-color-feedback-success-text);
    border-color: var(--polku-color-feedback-success-border);
    & > svg {
      color: var(--polku-color-feedback-success-icon);
    }
  }
  &[data-tone='warning'] {
    background: var(--polku-color-feedback-warning-background);
    color: var(--polku-color-feedback-warning-text);
    border-color: var(--polku-color-feedback-warning-border);
    & > svg {
      color: var(--polku-color-feedback-warning-icon);
    }
  }
  &[data-tone='error'] {
    background: var(--polku-color-feedback-error-background);
    color: var(--polku-color-feedback-error-text);
    border-color: var(--polku-color-feedback-error-border);
    & > svg {
      color: var(--polku-color-feedback-error-icon);
    }
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
`;

/** Layout shared by Alert and Toast: icon, body, optional close button; wraps at 320 px. */
export const feedbackLayout = css`
  box-sizing: border-box;
  display: flex;
  align-items: flex-start;
  gap: var(--polku-space-3);
  padding: var(--polku-space-3) var(--polku-space-4);
  border-radius: var(--polku-radius-m);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);
  overflow-wrap: anywhere;

  & > svg {
    margin-top: 0.1em;
  }
  @media (forced-colors: active) {
    & > svg {
      color: CanvasText;
    }
  }
`;

export const StyledAlert = styled.div`
  ${toneColors}
  ${feedbackLayout}
`;

export const FeedbackBody = styled.div`
  flex: 1 1 auto;
  min-width: 0;

  & > p {
    margin: 0;
  }
`;

export const FeedbackTitle = styled.p`
  margin: 0 0 var(--polku-space-1);
  font-weight: var(--polku-font-weight-semibold);
`;

/** The close button takes the tone's text colour, which is guaranteed to contrast on the tone background. */
export const FeedbackClose = styled(IconButton)`
  margin: calc(-1 * var(--polku-space-2)) calc(-1 * var(--polku-space-2)) calc(-1 * var(--polku-space-2)) 0;
  color: inherit;
  background: transparent;
  &[data-variant='tertiary'] {
    color: inherit;
  }
`;
