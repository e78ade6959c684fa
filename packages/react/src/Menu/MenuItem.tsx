import {
  createContext,
  forwardRef,
  useContext,
  useId,
  type AnchorHTMLAttributes,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { requireText } from '../internal';
import { Icon } from '../Icon';
import { MenuGroupLabel, MenuItemCheck, StyledMenuGroup, StyledMenuItem, StyledMenuSeparator } from './Menu.styles';

/** What an item needs from its MenuButton: closing the menu with focus back on the button. */
export const MenuContext = /* @__PURE__ */ createContext<{ close: () => void }>({ close: () => {} });

export interface MenuItemOwnProps {
  /** The visible label, also the item's accessible name. */
  children: ReactNode;
  /** Called when the item is chosen (Enter, Space, click). The menu then closes and focus returns to the button. */
  onSelect?: () => void;
  /** Makes the item a link (`<a role="menuitem">`) for navigation; Enter, Space and click follow it. */
  href?: string;
  /**
   * Unavailable: stays focusable and announced (`aria-disabled="true"`, as APG recommends for menus) but cannot be
   * chosen. Say why elsewhere, or in the label ("Export (no data yet)").
   */
  disabled?: boolean;
  /**
   * Makes the item one choice of a set (`role="menuitemradio"`): `true` marks the chosen one (`aria-checked`, a check
   * mark). Use for a single choice such as the language; leave undefined for ordinary actions.
   */
  checked?: boolean;
  /** Text that typeahead matches when the label is not plain text. Default: the label's text. */
  textValue?: string;
}

export type MenuItemProps = MenuItemOwnProps &
  Omit<AnchorHTMLAttributes<HTMLElement>, keyof MenuItemOwnProps | 'role' | 'tabIndex' | 'onSelect'>;

/** One item of a MenuButton's menu: an action button, or a link when `href` is given. */
export const MenuItem = forwardRef<HTMLElement, MenuItemProps>(function MenuItem(props, ref) {
  const { children, onSelect, href, disabled, checked, textValue, onClick, ...rest } = props;
  const { close } = useContext(MenuContext);

  const handleClick = (event: MouseEvent<HTMLElement>) => {
    if (disabled) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
    onSelect?.();
    close();
  };

  const radio = checked !== undefined;
  // One element type for both: a link takes href, an action is a type="button" button.
  const element: Record<string, unknown> = href ? { ...rest, as: 'a', href } : { ...rest, type: 'button' };
  return (
    <StyledMenuItem
      {...(element as object)}
      ref={ref as never}
      role={radio ? 'menuitemradio' : 'menuitem'}
      tabIndex={-1}
      aria-checked={radio ? checked : undefined}
      aria-disabled={disabled ? true : undefined}
      data-text-value={textValue}
      onClick={handleClick}
    >
      {radio && <MenuItemCheck aria-hidden="true">{checked && <Icon name="check" />}</MenuItemCheck>}
      <span>{children}</span>
    </StyledMenuItem>
  );
});

export interface MenuGroupOwnProps {
  /** The group's visible heading and accessible name ("Sort by"). Required. */
  label: string;
  /** The items of the group. */
  children: ReactNode;
}

export type MenuGroupProps = MenuGroupOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof MenuGroupOwnProps | 'role'>;

/** A named set of related items (`role="group"`), such as the radio items of one choice. */
export const MenuGroup = forwardRef<HTMLDivElement, MenuGroupProps>(function MenuGroup({ label, children, ...rest }, ref) {
  requireText('MenuGroup', 'label', label);
  const labelId = `${useId()}-label`;
  return (
    <StyledMenuGroup {...rest} ref={ref} role="group" aria-labelledby={labelId}>
      <MenuGroupLabel id={labelId} aria-hidden="true">
        {label}
      </MenuGroupLabel>
      {children}
    </StyledMenuGroup>
  );
});

export type MenuSeparatorProps = Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'children'>;

/** A line between groups of items (`role="separator"`); not focusable. */
export const MenuSeparator = forwardRef<HTMLDivElement, MenuSeparatorProps>(function MenuSeparator(props, ref) {
  return <StyledMenuSeparator {...props} ref={ref} role="separator" />;
});
