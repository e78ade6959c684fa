import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { Button, type ButtonProps, type ButtonSize, type ButtonVariant } from '../Button';
import { Icon } from '../Icon';
import { oneOf, requireText } from '../internal';
import { useLocale } from '../PolkuProvider/context';
import { MenuContext } from './MenuItem';
import { menuFocusIndex, menuItemsIn } from './menu-navigation';
import { MenuRoot, StyledMenu } from './Menu.styles';

export const menuPlacements = ['bottom-start', 'bottom-end', 'top-start', 'top-end'] as const;
export type MenuPlacement = (typeof menuPlacements)[number];

export interface MenuButtonOwnProps {
  /** The button's visible label; it also names the menu (`aria-labelledby`). Required. */
  label: ReactNode;
  /** The menu's content: `MenuItem`s, `MenuGroup`s and `MenuSeparator`s. */
  children: ReactNode;
  /** Button emphasis, as in Button. Default `secondary`. */
  variant?: ButtonVariant;
  /** Button size, as in Button. Default `m`. */
  size?: ButtonSize;
  /** Preferred side of the menu; it flips and shifts to stay in the viewport. Default `bottom-start`. */
  placement?: MenuPlacement;
  /** Called with `true` when the menu opens and `false` when it closes. */
  onOpenChange?: (open: boolean) => void;
}

export type MenuButtonProps = MenuButtonOwnProps &
  Omit<ButtonProps, keyof MenuButtonOwnProps | 'loading' | 'loadingText' | 'iconEnd' | 'aria-haspopup' | 'aria-expanded'>;

type FocusTarget = 'first' | 'last' | null;

/**
 * A button that opens a menu of actions or links (WAI-ARIA APG menu button). Enter, Space, Down and a click open it
 * with focus on the first item, Up on the last; in the menu, arrows wrap, Home/End jump, typing a letter finds the
 * next item starting with it, Escape and choosing an item close it with focus back on the button, Tab closes it and
 * moves on. The ref and other props go to the button.
 */
export const MenuButton = forwardRef<HTMLButtonElement, MenuButtonProps>(function MenuButton(props, ref) {
  const { label, children, variant = 'secondary', size, placement, onOpenChange, id: idProp, onClick, onKeyDown, ...rest } = props;
  requireText('MenuButton', 'label', label);
  const resolvedPlacement = oneOf('MenuButton', 'placement', placement, menuPlacements, 'bottom-start');
  const locale = useLocale();
  const generatedId = useId();
  const buttonId = idProp ?? `${generatedId}-button`;
  const menuId = `${generatedId}-menu`;
  const [open, setOpenState] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLDivElement | null>(null);
  useImperativeHandle(ref, () => buttonRef.current as HTMLButtonElement);

  const { refs, floatingStyles } = useFloating<HTMLElement>({
    open,
    placement: resolvedPlacement,
    strategy: 'fixed',
    middleware: [offset(4), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  const setButton = useCallback(
    (element: HTMLButtonElement | null) => {
      buttonRef.current = element;
      refs.setReference(element);
    },
    [refs],
  );
  const setMenu = useCallback(
    (element: HTMLDivElement | null) => {
      menuRef.current = element;
      refs.setFloating(element);
    },
    [refs],
  );

  const setOpen = useCallback(
    (next: boolean, target: FocusTarget = null) => {
      setOpenState(next);
      setFocusTarget(next ? target : null);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );
  const closeToButton = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, [setOpen]);
  const context = useMemo(() => ({ close: closeToButton }), [closeToButton]);

  useEffect(() => {
    if (!open || !focusTarget) return;
    const items = menuItemsIn(menuRef.current);
    (focusTarget === 'first' ? items[0] : items[items.length - 1])?.focus();
  }, [open, focusTarget]);

  // Light dismiss: a press outside the widget closes the menu and leaves focus where the press put it.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, setOpen]);

  const onButtonClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (open) setOpen(false);
    else setOpen(true, 'first');
  };
  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeToButton();
      return;
    }
    if (event.key === 'Tab') {
      // Tab goes on from the button: the next stop after the widget (Shift+Tab the one before it).
      buttonRef.current?.focus();
      setOpen(false);
      return;
    }
    const target = event.target as HTMLElement;
    if (event.key === ' ' && target.tagName === 'A') {
      event.preventDefault();
      target.click();
      return;
    }
    const items = menuItemsIn(menuRef.current);
    const next = menuFocusIndex(event.key, items, items.indexOf(target), locale);
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  };

  const onMenuBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget) setOpen(false);
  };

  return (
    <MenuRoot ref={rootRef}>
      <Button
        {...(rest as ButtonProps)}
        ref={setButton}
        id={buttonId}
        variant={variant}
        size={size}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        iconEnd={<Icon name={open ? 'chevron-up' : 'chevron-down'} />}
        onClick={onButtonClick}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </Button>
      <MenuContext.Provider value={context}>
        <StyledMenu
          ref={setMenu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          hidden={!open}
          style={open ? floatingStyles : undefined}
          onKeyDown={onMenuKeyDown}
          onBlur={onMenuBlur}
        >
          {children}
        </StyledMenu>
      </MenuContext.Provider>
    </MenuRoot>
  );
});
