import { isValidElement, useCallback, type ReactNode, type Ref, type RefCallback } from 'react';

/** Hands `value` to a ref of any kind (callback or object). */
export function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * A callback ref for a trigger element a component clones (a popover's or tooltip's button): it gives the element to
 * `onElement` and still to the ref the caller put on the element (React 19 `props.ref`, or React 18 `element.ref`).
 * `onElement` must be stable (a state setter, a useCallback).
 */
export function useTriggerRef<T extends HTMLElement>(trigger: ReactNode, onElement: (element: T | null) => void): RefCallback<T> {
  const own = isValidElement<{ ref?: Ref<T> }>(trigger)
    ? (trigger.props.ref ?? (trigger as unknown as { ref?: Ref<T> }).ref)
    : undefined;
  return useCallback(
    (element: T | null) => {
      onElement(element);
      assignRef(own, element);
    },
    [onElement, own],
  );
}
