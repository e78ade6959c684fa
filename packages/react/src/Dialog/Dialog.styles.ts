import { keyframes } from 'styled-components';
import { styled } from '../internal/static-styled';
import { IconButton } from '../IconButton';

const enter = keyframes`
  from { opacity: 0; transform: translateY(var(--polku-space-2)); }
  to { opacity: 1; transform: none; }
`;

export const StyledDialog = styled.dialog`
  box-sizing: border-box;
  width: calc(100% - 2 * var(--polku-space-4));
  max-width: calc(40 * var(--polku-space-4));
  max-height: calc(100% - 2 * var(--polku-space-4));
  margin: auto;
  padding: var(--polku-space-5);
  overflow: auto;
  border: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  border-radius: var(--polku-radius-l);
  background: var(--polku-color-surface-raised);
  color: var(--polku-color-text-default);
  box-shadow: var(--polku-shadow-l);
  font-family: var(--polku-font-family-body);
  font-size: var(--polku-font-size-m);
  line-height: var(--polku-font-line-height-normal);

  &[open] {
    animation: ${enter} var(--polku-motion-duration-normal) var(--polku-motion-easing-enter);
  }
  &::backdrop {
    background: var(--polku-color-surface-overlay);
  }
  &:focus-visible {
    outline: var(--polku-size-focus-ring-width) solid var(--polku-color-focus-ring);
    outline-offset: calc(-1 * var(--polku-size-focus-ring-width));
  }

  @media (forced-colors: active) {
    border-color: CanvasText;
  }
  @media (prefers-reduced-motion: reduce) {
    &[open] {
      animation: none;
    }
  }
`;

export const DialogHeader = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: var(--polku-space-3);
`;

export const DialogTitle = styled.h2`
  margin: 0;
  padding-top: var(--polku-space-1);
  font-family: var(--polku-font-family-heading);
  font-size: var(--polku-font-size-xl);
  font-weight: var(--polku-font-weight-bold);
  line-height: var(--polku-font-line-height-tight);
  overflow-wrap: anywhere;
`;

export const DialogClose = styled(IconButton)`
  margin: calc(-1 * var(--polku-space-2)) calc(-1 * var(--polku-space-2)) 0 0;
`;

export const DialogDescription = styled.p`
  margin: var(--polku-space-2) 0 0;
  color: var(--polku-color-text-muted);
`;

export const DialogBody = styled.div`
  margin-top: var(--polku-space-4);
`;

export const DialogFooter = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: var(--polku-space-3);
  margin-top: var(--polku-space-5);
`;
