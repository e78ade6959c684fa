import type { ReactNode } from 'react';
import type { FeedbackTone } from '../Alert/ToneMarker';

export interface ToastOptions {
  /** Meaning: `info` (default), `success`, `warning`, `error`. Errors are announced assertively and never auto-dismiss. */
  tone?: FeedbackTone;
  /** Optional bold title. */
  title?: ReactNode;
  /** The message. Keep it short; never put the only copy of essential information in a toast. */
  message: ReactNode;
  /**
   * Milliseconds before an info, success or warning toast closes by itself (default 6000; `Infinity` keeps it).
   * Paused while the pointer is over the toast or focus is inside it. Ignored for errors.
   */
  duration?: number;
}

export interface ToastRecord extends Required<Pick<ToastOptions, 'tone' | 'duration'>> {
  id: string;
  title?: ReactNode;
  message: ReactNode;
}

export interface Toaster {
  /** Shows a toast and returns its id. */
  show: (options: ToastOptions) => string;
  /** Closes a toast by id. */
  dismiss: (id: string) => void;
  /** Closes every toast. */
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => readonly ToastRecord[];
}

export const DEFAULT_TOAST_DURATION = 6000;
const emptyToasts: readonly ToastRecord[] = [];

/** Creates an independent toast queue; render it with `<ToastRegion toaster={…} />`. */
export function createToaster(): Toaster {
  let toasts: readonly ToastRecord[] = emptyToasts;
  let counter = 0;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  return {
    show(options) {
      counter += 1;
      const id = `polku-toast-${counter}`;
      toasts = [
        ...toasts,
        {
          id,
          tone: options.tone ?? 'info',
          title: options.title,
          message: options.message,
          duration: options.duration ?? DEFAULT_TOAST_DURATION,
        },
      ];
      emit();
      return id;
    },
    dismiss(id) {
      const next = toasts.filter((toast) => toast.id !== id);
      if (next.length === toasts.length) return;
      toasts = next;
      emit();
    },
    clear() {
      if (toasts.length === 0) return;
      toasts = emptyToasts;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => toasts,
  };
}

/** The application-wide toaster used by `useToast()` and `<ToastRegion />` when none is given. */
export const toaster: Toaster = createToaster();
