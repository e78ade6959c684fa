import { styled } from '../internal/static-styled';
import { focusRing } from '../internal/polku-focus-ring';

export const StyledAccordion = styled.div`
  font-family: var(--polku-font-family-body);
  color: var(--polku-color-text-default);
  border-top: var(--polku-border-width-thin) solid var(--polku-color-border-default);

  & > div {
    border-bottom: var(--polku-border-width-thin) solid var(--polku-color-border-default);
  }
  & > div[data-expanded] svg {
    transform: rotate(180deg);
  }
`;

export const AccordionHeading = styled.h3`
  margin: 0;
  font-size: var(--polku-font-size-m);
  font-weight: var(--polku-font-weight-semibold);
  line-height: var(--polku-font-line-height-tight);
`;

export const AccordionButton = styled.button`
  box-sizing: border-box;
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--polku-space-3);
  width: 100%;
  min-height: var(--polku-size-target-comfortable);
  margin: 0;
  padding: var(--polku-space-3) var(--polku-space-2);
  border: 0;
  background: transparent;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;

  &:hover {
    background: var(--polku-color-action-tertiary-background-hover);
  }
  &[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--polku-color-disabled-text);
  }
  & > svg {
    flex-shrink: 0;
    width: var(--polku-size-icon-m);
    height: var(--polku-size-icon-m);
    transition: transform var(--polku-motion-duration-fast) var(--polku-motion-easing-standard);
  }
  ${focusRing}

  @media (forced-colors: active) {
    &[aria-disabled='true'] {
      color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    & > svg {
      transition: none;
    }
  }
`;

export const AccordionPanel = styled.div`
  padding: 0 var(--polku-space-2) var(--polku-space-4);
`;
