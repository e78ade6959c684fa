import { forwardRef, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useMessages } from '../PolkuProvider/context';
import { VisuallyHidden } from '../VisuallyHidden';
import { skipLinkMessages } from './SkipLink.messages';
import { StyledSkipLink } from './SkipLink.styles';

export interface SkipLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Target of the skip: the id of the main content, as a fragment. Default `#main`. */
  href?: string;
  /** Link text. Default "Skip to main content" in the active locale. */
  children?: ReactNode;
}

/**
 * The first focusable element of a page: hidden until it gets keyboard focus, then shown at the top. Activating it
 * moves focus to the target (made focusable with `tabindex="-1"` when it is not), so the next Tab continues there.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { href = '#main', children, onClick, ...rest },
  ref,
) {
  const t = useMessages(skipLinkMessages);

  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !href.startsWith('#') || href.length < 2) return;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    if (!target.hasAttribute('tabindex') && !target.matches('a[href],button,input,select,textarea')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  };

  return (
    <VisuallyHidden focusable>
      <StyledSkipLink {...rest} ref={ref} href={href} onClick={handleClick}>
        {children ?? t('skipLink.toMain')}
      </StyledSkipLink>
    </VisuallyHidden>
  );
});
