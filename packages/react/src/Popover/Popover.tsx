import {
  cloneElement,
  forwardRef,
  isValidElement,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react-dom';
import { oneOf, requireText } from '../internal';
import { assignRef, useTriggerRef } from '../internal/polku-trigger-ref';
import { tabbableIn } from '../internal/polku-focusable';
import { useMessages } from '../PolkuProvider/context';
import { popoverMessages } from './Popover.messages';
import { PopoverClose, PopoverHeader, PopoverTitle, StyledPopover } from './Popover.styles';

export const popoverPlacements = ['bottom-start', 'bottom', 'bottom-end', 'top-start', 'top', 'top-end'] as const;
export type PopoverPlacement = (typeof popoverPlacements)[number];

type TriggerProps = {
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  ref?: Ref<HTMLElement>;
};

export interface PopoverOwnProps {
  /** The visible title; it names the dialog (`aria-labelledby`). Required. */
  title: string;
  /** The trigger: one button with its own accessible name. It gets `aria-expanded`, `aria-controls` and a click handler. */
  trigger: ReactElement<TriggerProps>;
  /** The content. Focus goes to its first focusable element on open, else to the popover itself. */
  children: ReactNode;
  /** Open state when controlled; pair with `onOpenChange`. */
  open?: boolean;
  /** Initial open state when uncontrolled. An initially open popover does not take focus. */
  defaultOpen?: boolean;
  /** Called with the requested state: trigger, close button, Escape, a press outside, focus leaving. */
  onOpenChange?: (open: boolean) => void;
  /** Preferred position; it flips and shifts to stay in the viewport. Default `bottom-start`. */
  placement?: PopoverPlacement;
}

export type PopoverProps = PopoverOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof PopoverOwnProps | 'role'>;

/**
 * A non-modal dialog anchored to a trigger button: help text, a short form, details. Focus moves in on open and back
 * to the trigger on Escape or the close button; a press outside or focus moving out (Tab past the end) closes it.
 * Tab is not trapped, and the rest of the page stays usable. The ref and other props go to the dialog.
 */
export const Popover = forwardRef<HTMLDivElement, PopoverProps>(function Popover(props, ref) {
  const { title, trigger, children, open: openProp, defaultOpen = false, onOpenChange, placement, id: idProp, onKeyDown, onBlur, ...rest } =
    props;
  requireText('Popover', 'title', title);
  const resolvedPlacement = oneOf('Popover', 'placement', placement, popoverPlacements, 'bottom-start');
  const t = useMessages(popoverMessages);
  const generatedId = useId();
  const id = idProp ?? `${generatedId}-popover`;
  const titleId = `${generatedId}-title`;
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const dialogRef = useRef<HTMLDivElement | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);

  const { refs, floatingStyles } = useFloating<HTMLElement>({
    open,
    placement: resolvedPlacement,
    strategy: 'fixed',
    middleware: [offset(8), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  const setOpen = useCallback(
    (next: boolean) => {
      if (openProp === undefined) setUncontrolledOpen(next);
      onOpenChange?.(next);
    },
    [openProp, onOpenChange],
  );
  /** Closes; focus goes back to the trigger when it was inside the popover (Escape, the close button). */
  const close = useCallback(() => {
    if (dialogRef.current?.contains(document.activeElement)) triggerRef.current?.focus();
    setOpen(false);
  }, [setOpen]);

  // Opening after the first render moves focus in: the first focusable element of the content, else the dialog.
  useEffect(() => {
    const opened = open && !wasOpen.current;
    wasOpen.current = open;
    const dialog = dialogRef.current;
    if (!opened || !dialog) return;
    const first = tabbableIn(dialog).find((element) => element !== closeRef.current);
    (first ?? dialog).focus();
  }, [open]);

  // Light dismiss: Escape anywhere, or a press outside both the popover and its trigger.
  useEffect(() => {
    if (!open) return undefined;
    const outside = (node: EventTarget | null) =>
      !dialogRef.current?.contains(node as Node) && !triggerRef.current?.contains(node as Node);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    const onDocumentKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onDocumentKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onDocumentKeyDown);
    };
  }, [open, setOpen, close]);

  const childProps: TriggerProps = isValidElement(trigger) ? trigger.props : {};
  const setReference = refs.setReference;
  const onTrigger = useCallback(
    (element: HTMLElement | null) => {
      triggerRef.current = element;
      setReference(element);
    },
    [setReference],
  );
  const setTrigger = useTriggerRef(trigger, onTrigger);
  const setFloating = refs.setFloating;
  const setDialog = useCallback(
    (element: HTMLDivElement | null) => {
      dialogRef.current = element;
      setFloating(element);
      assignRef(ref, element);
    },
    [setFloating, ref],
  );

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (event.key === 'Escape' && !event.defaultPrevented) {
      // handled here so an enclosing dialog does not close too
      event.preventDefault();
      event.nativeEvent.stopImmediatePropagation();
      close();
    }
  };
  // Focus moving out (Tab past the last element, Shift+Tab past the first when the trigger is not next) closes it, so
  // an open popover never covers what gets focus next (2.4.11). Focus lost to nowhere (window switch) keeps it open.
  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    onBlur?.(event);
    const next = event.relatedTarget;
    if (next && !dialogRef.current?.contains(next) && !triggerRef.current?.contains(next)) setOpen(false);
  };

  const triggerElement = isValidElement(trigger)
    ? cloneElement(trigger, {
        ref: setTrigger,
        'aria-expanded': open,
        'aria-controls': id,
        onClick: (event: MouseEvent<HTMLElement>) => {
          childProps.onClick?.(event);
          if (!event.defaultPrevented) setOpen(!open);
        },
      })
    : trigger;

  return (
    <>
      {triggerElement}
      <StyledPopover
        {...rest}
        ref={setDialog}
        id={id}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        hidden={!open}
        style={open ? { ...floatingStyles, ...rest.style } : rest.style}
        onKeyDown={handleKeyDown}
        onBlur={handleBlur}
      >
        <PopoverHeader>
          <PopoverTitle id={titleId}>{title}</PopoverTitle>
          <PopoverClose ref={closeRef} icon="close" size="s" label={t('popover.close')} onClick={close} />
        </PopoverHeader>
        {children}
      </StyledPopover>
    </>
  );
});
