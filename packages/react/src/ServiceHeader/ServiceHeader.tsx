import { forwardRef, useId, useRef, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from '../Button';
import { Icon } from '../Icon';
import { devWarn, requireText } from '../internal';
import { useMessages } from '../PolkuProvider/context';
import { SkipLink } from '../SkipLink';
import { serviceHeaderMessages } from './ServiceHeader.messages';
import {
  HeaderBar,
  HeaderBrand,
  HeaderNav,
  HeaderNavLink,
  HeaderNavList,
  HeaderTools,
  MenuToggleSlot,
  StyledServiceHeader,
} from './ServiceHeader.styles';

/** One link of the primary navigation. */
export interface ServiceNavItem {
  /** The link text. */
  label: string;
  /** Where it goes. */
  href: string;
  /** The page the user is on: marked with `aria-current="page"` and a bar. At most one item. */
  current?: boolean;
}

export interface ServiceHeaderOwnProps {
  /** The service's name, shown as the link to its front page. Required: it names the home link. */
  serviceName: string;
  /** The front page. Default `/`. */
  homeHref?: string;
  /** A logo before the name, e.g. `<img src="…" alt="">`: decorative, since the name is already there as text. */
  logo?: ReactNode;
  /** The primary navigation; without it no `<nav>` and no mobile menu button are rendered. */
  navigation?: readonly ServiceNavItem[];
  /** Accessible name of the `<nav>`. Default "Main menu" / "Päävalikko" / "Huvudmeny". */
  navigationLabel?: string;
  /** The language switcher, normally a `<LanguageMenu>`. */
  languageMenu?: ReactNode;
  /** The user's slot: a login button, or the signed-in user's name and menu. */
  user?: ReactNode;
  /** The id of the main content, which the built-in skip link (the first Tab stop) moves to. Default `main`. */
  mainId?: string;
  /** Text of the skip link. Default "Skip to main content" in the active locale. */
  skipLinkText?: string;
}

export type ServiceHeaderProps = ServiceHeaderOwnProps & Omit<HTMLAttributes<HTMLElement>, keyof ServiceHeaderOwnProps>;

/**
 * The top of a service's pages: a `<header>` landmark with the skip link first, the service name linking home, the
 * primary navigation (`<nav>`, the current page marked `aria-current="page"`), the language menu and a user slot. At
 * 48em and narrower the navigation collapses behind a menu button (a disclosure: nothing is trapped, Escape closes
 * it and returns focus to the button). The ref and other props go to the `<header>`.
 */
export const ServiceHeader = forwardRef<HTMLElement, ServiceHeaderProps>(function ServiceHeader(props, ref) {
  const {
    serviceName,
    homeHref = '/',
    logo,
    navigation,
    navigationLabel,
    languageMenu,
    user,
    mainId = 'main',
    skipLinkText,
    ...rest
  } = props;
  requireText('ServiceHeader', 'serviceName', serviceName);
  if (navigation && navigation.filter((item) => item.current).length > 1) {
    devWarn('ServiceHeader: more than one navigation item has current: true; only one page can be the current one.');
  }
  const t = useMessages(serviceHeaderMessages);
  const navId = `${useId()}-navigation`;
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    event.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <StyledServiceHeader {...rest} ref={ref}>
      <SkipLink href={`#${mainId}`}>{skipLinkText}</SkipLink>
      <HeaderBar>
        <HeaderBrand href={homeHref}>
          {logo}
          <span>{serviceName}</span>
        </HeaderBrand>
        <HeaderTools>
          {languageMenu}
          {user}
          {navigation && (
            <MenuToggleSlot onKeyDown={onKeyDown}>
              <Button
                ref={toggleRef}
                variant="tertiary"
                aria-expanded={open}
                aria-controls={navId}
                iconStart={<Icon name={open ? 'close' : 'menu'} />}
                onClick={() => setOpen(!open)}
              >
                {t('serviceHeader.menu')}
              </Button>
            </MenuToggleSlot>
          )}
        </HeaderTools>
      </HeaderBar>
      {navigation && (
        <HeaderNav
          id={navId}
          aria-label={navigationLabel ?? t('serviceHeader.navigation')}
          data-open={open ? '' : undefined}
          onKeyDown={onKeyDown}
        >
          <HeaderNavList>
            {navigation.map((item) => (
              <li key={item.href}>
                <HeaderNavLink
                  href={item.href}
                  aria-current={item.current ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                >
                  {item.label}
                </HeaderNavLink>
              </li>
            ))}
          </HeaderNavList>
        </HeaderNav>
      )}
    </StyledServiceHeader>
  );
});
