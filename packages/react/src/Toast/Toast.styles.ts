import { keyframes } from 'styled-components';
import { styled } from '../internal/static-styled';
import { feedbackLayout, toneColors } from '../Alert/Alert.styles';
import { focusRing } from '../internal/polku-focus-ring';

const slideIn = keyframes`
  from { opacity: 0; transform: translateY(var(--polku-space-3)); }
  to { opacity: 1; transform: none; }
`;

export const StyledToastRegion = styled.section`
  box-sizing: border-box;
  position: fixed;
  inset-block-end: var(--polku-space-4);
  inset-inline-end: var(--polku-space-4);
  z-index: var(--polku-z-index-toast);
  display: flex;
  flex-direction: column;
  width: min(calc(24 * var(--polku-space-4)), calc(100% - 2 * var(--polku-space-4)));
  pointer-events: none;
  border-radius: var(--polku-radius-s);
  /* focused by the hotkey (ToastRegion's hotkey prop) */
  ${focusRing}
`;

export const ToastList = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--polku-space-2);
  /* Both live lists always exist (a live region must be present before content is added); only space filled ones. */
  &:not(:empty) + &:not(:empty) {
    margin-top: var(--polku-space-2);
  }
`;

export const StyledToast = styled.div`
  ${toneColors}
  ${feedbackLayout}
  pointer-events: auto;
  box-shadow: var(--polku-shadow-m);
  animation: ${slideIn} var(--polku-motion-duration-normal) var(--polku-motion-easing-enter);

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;
