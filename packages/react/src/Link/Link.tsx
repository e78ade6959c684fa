import { forwardRef, type AnchorHTMLAttributes, type ElementType, type ReactNode } from 'react';
import { Icon } from '../Icon';
import { requireText } from '../internal';
import { VisuallyHiddenText } from '../internal/VisuallyHiddenText';
import { useMessages } from '../PolkuProvider/context';
import { linkMessages } from './Link.messages';
import { LinkIcon, StyledLink } from './Link.styles';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where the link goes. Use a Button, not a Link, for actions that do not navigate. */
  href: string;
  /**
   * Opens in a new tab: sets `target="_blank"` and `rel="noopener noreferrer"`, adds the external-link icon and
   * tells screen-reader users "opens in a new tab" (in the active locale). Use only when leaving the task would
   * lose the user's work.
   */
  external?: boolean;
  /** A link on its own line (not in running text): semibold, at least a 24 px target. */
  standalone?: boolean;
  /**
   * Render another component, such as a router's link (`as={NextLink}`); it receives `href`, `className` and the
   * other attributes.
   */
  as?: ElementType;
  /** The visible link text: say where it goes ("Opening hours"), not "click here". */
  children: ReactNode;
}

/** A navigation link. External links announce that they open in a new tab. */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { href, external = false, standalone = false, as, children, target, rel, ...rest },
  ref,
) {
  const t = useMessages(linkMessages);
  requireText('Link', 'href', href);
  const relValues = external ? new Set([...(rel ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer']) : null;

  return (
    <StyledLink
      {...rest}
      ref={ref}
      as={as}
      href={href}
      target={external ? '_blank' : target}
      rel={relValues ? [...relValues].join(' ') : rel}
      data-standalone={standalone ? '' : undefined}
      data-external={external ? '' : undefined}
    >
      {children}
      {external && (
        <LinkIcon>
          <Icon name="external-link" size="inherit" />
          <VisuallyHiddenText>{` (${t('link.opensInNewTab')})`}</VisuallyHiddenText>
        </LinkIcon>
      )}
    </StyledLink>
  );
});
