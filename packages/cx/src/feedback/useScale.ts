import { useCallback, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export interface UseScaleOptions {
  /** Values in presentation order. */
  values: readonly number[];
  /** Controlled value (`null` = nothing chosen). */
  value?: number | null;
  /** Initial value when uncontrolled. */
  defaultValue?: number | null;
  /** Called with the newly chosen value. */
  onChange?: (value: number) => void;
  /** When true, nothing can be chosen. */
  disabled?: boolean;
}

export interface ScaleInputProps {
  type: 'radio';
  value: string;
  checked: boolean;
  disabled?: boolean;
  tabIndex: number;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  ref: (element: HTMLInputElement | null) => void;
}

function isRightToLeft(element: HTMLElement): boolean {
  const owner = element.closest('[dir]');
  if (owner) return owner.getAttribute('dir')?.toLowerCase() === 'rtl';
  try {
    return typeof getComputedStyle === 'function' && getComputedStyle(element).direction === 'rtl';
  } catch {
    return false;
  }
}

/**
 * Where a key moves the choice in a scale: next/previous with the arrows (Left/Right swap in right-to-left text,
 * Up/Down work in either layout, wrapping like native radios), first/last with Home/End. `null` for other keys.
 */
export function scaleKeyTarget(key: string, current: number, count: number, rtl: boolean): number | null {
  if (count === 0) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return (current + 1) % count;
  if (key === backward || key === 'ArrowUp') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * Behaviour of a rating scale as a native radio group, with no styles: controlled or uncontrolled value, roving
 * tabindex (only the chosen option, or the first, is in the tab order), arrows that move and choose, Home/End, RTL.
 */
export function useScale({ values, value, defaultValue = null, onChange, disabled }: UseScaleOptions) {
  const [internal, setInternal] = useState<number | null>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : internal;
  const inputs = useRef(new Map<number, HTMLInputElement>());

  const choose = useCallback(
    (next: number) => {
      if (disabled) return;
      if (!controlled) setInternal(next);
      if (next !== current) onChange?.(next);
    },
    [controlled, current, disabled, onChange],
  );

  const currentIndex = current === null ? -1 : values.indexOf(current);
  const tabStop = currentIndex === -1 ? 0 : currentIndex;

  const getInputProps = (optionValue: number, index: number): ScaleInputProps => ({
    type: 'radio',
    value: String(optionValue),
    checked: current === optionValue,
    disabled,
    tabIndex: index === tabStop ? 0 : -1,
    onChange: () => choose(optionValue),
    onKeyDown: (event) => {
      const target = scaleKeyTarget(event.key, index, values.length, isRightToLeft(event.currentTarget));
      if (target === null || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const nextValue = values[target]!;
      inputs.current.get(nextValue)?.focus();
      choose(nextValue);
    },
    ref: (element) => {
      if (element) inputs.current.set(optionValue, element);
      else inputs.current.delete(optionValue);
    },
  });

  /** Moves focus to the option in the tab order (the chosen one, or the first): "choose an answer first". */
  const focusTabStop = useCallback(() => {
    const target = values[tabStop];
    if (target !== undefined) inputs.current.get(target)?.focus();
  }, [values, tabStop]);

  return { value: current, choose, getInputProps, focusTabStop };
}
