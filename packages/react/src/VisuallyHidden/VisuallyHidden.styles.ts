import { styled } from '../internal/static-styled';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';

/**
 * Builds on the internal VisuallyHiddenText. With `data-focusable`, the content is shown again while it (or
 * something inside it) has focus, as skip links and "back to top" links need. The undo rules are more specific
 * and also `!important`, so they win over the hiding rules only in that state.
 */
export const StyledVisuallyHidden = styled(VisuallyHiddenText)`
  &[data-focusable]:focus,
  &[data-focusable]:focus-within {
    position: static !important;
    width: auto !important;
    height: auto !important;
    margin: 0 !important;
    overflow: visible !important;
    clip: auto !important;
    clip-path: none !important;
    white-space: normal !important;
  }
`;
