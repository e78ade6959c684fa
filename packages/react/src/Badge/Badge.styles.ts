import { styled } from '../internal/static-styled';
import { feedbackToneRules } from '../internal/polku-tone';

/** A small status label; the tone is a data attribute mapped to the feedback colour pairs (text on background). */
export const StyledBadge = styled.span`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  gap: var(--polku-space-1);
  max-width: 100%;
  padding: 0 var(--polku-space-2);
  min-height: var(--polku-size-target-minimum);
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-pill);
  background: var(--polku-color-surface-subtle);
  color: var(--polku-color-text-default);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-s);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-tight);
  vertical-align: middle;
  overflow-wrap: anywhere;

  & > svg {
    flex-shrink: 0;
  }

  ${feedbackToneRules()}

  @media (forced-colors: active) {
    border-color: CanvasText;
    & > svg {
      color: CanvasText;
    }
  }
`;
