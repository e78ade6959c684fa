import {
  cloneElement,
  forwardRef,
  isValidElement,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type HTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type Ref,
  type RefCallback,
} from 'react';
import { autoUpdate, flip, offset, shift, useFloating, type Placement } from '@floating-ui/react-dom';
import { oneOf, requireText } from '../internal';
import { StyledTooltip } from './Tooltip.styles';

export const tooltipPlacements = ['top', 'bottom', 'left', 'right'] as const;
export type TooltipPlacement = (typeof tooltipPlacements)[number];

/** How long the tooltip waits after the pointer leaves before hiding, so it can be reached with the pointer. */
const HIDE_DELAY_MS = 150;

type TriggerProps = {
  'aria-describedby'?: string;
  onMouseEnter?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  ref?: Ref<HTMLElement>;
};

export interface TooltipOwnProps {
  /**
   * Supplementary text, added to the trigger as its accessible description. Never put essential information or
   * interactive content here: touch users cannot open tooltips.
   */
  content: string;
  /** The trigger: one focusable element (a button, a link). It must already have its own accessible name. */
  children: ReactElement<TriggerProps>;
  /** Preferred side; flips when there is no room. Default `top`. */
  placement?: TooltipPlacement;
}

export type TooltipProps = TooltipOwnProps & Omit<HTMLAttributes<HTMLDivElement>, keyof TooltipOwnProps | 'role'>;

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** Writes floating-ui's position (camelCase properties, numbers in px) onto the element; the consumer's `style` wins. */
function applyStyles(element: HTMLElement, styles: CSSProperties, consumer: CSSProperties | undefined) {
  for (const [property, value] of Object.entries(styles) as [string, string | number | undefined][]) {
    if (consumer?.[property as keyof CSSProperties] !== undefined) continue;
    const text = value === undefined ? '' : typeof value === 'number' ? `${value}px` : value;
    (element.style as unknown as Record<string, string>)[property] = text;
  }
}

/**
 * A tooltip that meets WCAG 1.4.13: shown on hover and on keyboard focus, hoverable (the pointer can move onto it),
 * persistent until the pointer and focus leave, and dismissible with Escape without moving focus.
 */
export const Tooltip = forwardRef<HTMLDivElement, TooltipProps>(function Tooltip(props, ref) {
  const { content, children, placement, id: idProp, onMouseEnter, onMouseLeave, ...rest } = props;
  requireText('Tooltip', 'content', content);
  const resolvedPlacement = oneOf('Tooltip', 'placement', placement, tooltipPlacements, 'top');
  const generatedId = useId();
  const id = idProp ?? `${generatedId}-tooltip`;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const open = (hovered || focused) && !dismissed;

  const { refs, elements, floatingStyles } = useFloating<HTMLElement>({
    open,
    placement: resolvedPlacement as Placement,
    strategy: 'fixed',
    middleware: [offset(8), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  // Position through the CSS object model after mount, never as a `style` attribute: a strict CSP (docs/guides/csp.md)
  // blocks inline styles in server HTML, and the hidden tooltip needs no position there.
  const floating = elements.floating;
  const consumerStyle = rest.style;
  useLayoutEffect(() => {
    if (floating) applyStyles(floating, floatingStyles, consumerStyle);
  }, [floating, floatingStyles, consumerStyle]);

  const cancelHide = () => clearTimeout(hideTimer.current);
  const pointerIn = () => {
    cancelHide();
    if (!hovered) setDismissed(false);
    setHovered(true);
  };
  const pointerOut = () => {
    cancelHide();
    hideTimer.current = setTimeout(() => setHovered(false), HIDE_DELAY_MS);
  };
  useEffect(() => cancelHide, []);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const childProps: TriggerProps = isValidElement(children) ? children.props : {};
  const childRef = (childProps.ref ?? (children as unknown as { ref?: Ref<HTMLElement> }).ref) as Ref<HTMLElement> | undefined;
  const setReference = refs.setReference;
  const triggerRef: RefCallback<HTMLElement> = useCallback(
    (element) => {
      setReference(element);
      assignRef(childRef, element);
    },
    [setReference, childRef],
  );
  const setFloatingRef = useCallback(
    (element: HTMLDivElement | null) => {
      refs.setFloating(element);
      assignRef(ref, element);
    },
    [refs, ref],
  );

  const trigger = isValidElement(children)
    ? cloneElement(children, {
        ref: triggerRef,
        'aria-describedby': [childProps['aria-describedby'], id].filter(Boolean).join(' '),
        onMouseEnter: (event: MouseEvent<HTMLElement>) => {
          childProps.onMouseEnter?.(event);
          pointerIn();
        },
        onMouseLeave: (event: MouseEvent<HTMLElement>) => {
          childProps.onMouseLeave?.(event);
          pointerOut();
        },
        onFocus: (event: FocusEvent<HTMLElement>) => {
          childProps.onFocus?.(event);
          setDismissed(false);
          setFocused(true);
        },
        onBlur: (event: FocusEvent<HTMLElement>) => {
          childProps.onBlur?.(event);
          setFocused(false);
        },
      })
    : children;

  return (
    <>
      {trigger}
      <StyledTooltip
        {...rest}
        ref={setFloatingRef}
        id={id}
        role="tooltip"
        hidden={!open}
        data-open={open ? '' : undefined}
        onMouseEnter={(event) => {
          onMouseEnter?.(event);
          pointerIn();
        }}
        onMouseLeave={(event) => {
          onMouseLeave?.(event);
          pointerOut();
        }}
      >
        {content}
      </StyledTooltip>
    </>
  );
});
