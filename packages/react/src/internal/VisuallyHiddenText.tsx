import { styled } from './static-styled';

/** Text for assistive technology only; the shared building block behind the public VisuallyHidden. */
export const VisuallyHiddenText = styled.span`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;
