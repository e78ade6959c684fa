import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal/dev';
import { StyledVisuallyHidden } from './VisuallyHidden.styles';

export const visuallyHiddenElements = ['span', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'label', 'legend'] as const;
export type VisuallyHiddenElement = (typeof visuallyHiddenElements)[number];

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  /** Content for assistive technology only: read by screen readers, not shown. */
  children: ReactNode;
  /** The element to render. Default `span`; use `h2` for a heading that structures the page for screen readers. */
  as?: VisuallyHiddenElement;
  /**
   * Show the content while it, or something inside it, has keyboard focus (skip links, "back to top"). A visually
   * hidden element that can take focus must be focusable-visible, or sighted keyboard users lose their place.
   */
  focusable?: boolean;
}

/** Hides content visually while keeping it in the accessibility tree. */
export const VisuallyHidden = forwardRef<HTMLElement, VisuallyHiddenProps>(function VisuallyHidden(
  { as = 'span', focusable = false, children, ...rest },
  ref,
) {
  const element = oneOf('VisuallyHidden', 'as', as, visuallyHiddenElements, 'span');
  return (
    <StyledVisuallyHidden {...rest} ref={ref as never} as={element} data-focusable={focusable ? '' : undefined}>
      {children}
    </StyledVisuallyHidden>
  );
});
