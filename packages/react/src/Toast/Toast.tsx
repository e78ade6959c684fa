import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { oneOf } from '../internal';
import { useMergedRef } from '../Field/hooks';
import { useMessages } from '../PolkuProvider/context';
import { FeedbackBody, FeedbackClose, FeedbackTitle } from '../Alert/Alert.styles';
import { feedbackTones, ToneIcon, TonePrefix } from '../Alert/ToneMarker';
import { toastMessages } from './Toast.messages';
import { StyledToast, StyledToastRegion, ToastList } from './Toast.styles';
import { toaster as defaultToaster, type ToastOptions, type ToastRecord, type Toaster } from './toaster';

interface ToastItemProps {
  toast: ToastRecord;
  onDismiss: (id: string) => void;
  /** The dismiss button was used: the region moves focus before the toast (and the focused button) disappears. */
  onClose: (id: string, button: HTMLElement) => void;
}

/** One toast: its auto-dismiss timer pauses while hovered or focused and resumes with the time that was left. */
function ToastItem({ toast, onDismiss, onClose }: ToastItemProps) {
  const t = useMessages(toastMessages);
  const tone = oneOf('Toast', 'tone', toast.tone, feedbackTones, 'info');
  const timed = tone !== 'error' && Number.isFinite(toast.duration);
  const remaining = useRef(toast.duration);
  const startedAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hovered = useRef(false);
  const focused = useRef(false);

  const start = useCallback(() => {
    if (!timed || timer.current !== undefined) return;
    startedAt.current = Date.now();
    timer.current = setTimeout(() => onDismiss(toast.id), Math.max(0, remaining.current));
  }, [timed, onDismiss, toast.id]);

  const pause = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    remaining.current -= Date.now() - startedAt.current;
  }, []);

  useEffect(() => {
    start();
    return () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [start]);

  const resumeIfIdle = () => {
    if (!hovered.current && !focused.current) start();
  };

  return (
    <StyledToast
      data-tone={tone}
      onMouseEnter={() => {
        hovered.current = true;
        pause();
      }}
      onMouseLeave={() => {
        hovered.current = false;
        resumeIfIdle();
      }}
      onFocus={() => {
        focused.current = true;
        pause();
      }}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        focused.current = false;
        resumeIfIdle();
      }}
    >
      <ToneIcon tone={tone} />
      <FeedbackBody>
        {toast.title ? (
          <FeedbackTitle>
            <TonePrefix tone={tone} />
            {toast.title}
          </FeedbackTitle>
        ) : (
          <TonePrefix tone={tone} />
        )}
        {toast.message}
      </FeedbackBody>
      <FeedbackClose
        icon="close"
        label={t('toast.dismiss')}
        size="s"
        data-toast-close=""
        onClick={(event) => onClose(toast.id, event.currentTarget)}
      />
    </StyledToast>
  );
}

export interface ToastRegionProps extends HTMLAttributes<HTMLElement> {
  /** The queue to show; defaults to the shared `toaster` that `useToast()` uses. */
  toaster?: Toaster;
  /**
   * The key (a `KeyboardEvent.key` value) that moves focus to the notifications from anywhere on the page while any
   * are shown; Escape then goes back. Named in the region's label ("Notifications (F8)"). `null` turns it off.
   */
  hotkey?: string | null;
}

/**
 * Where toasts appear: a landmark region named "Notifications" / "Ilmoitukset" / "Aviseringar" with a polite
 * status list (info, success, warning) and an assertive alert list (errors). Render one, once, near the root.
 */
export const ToastRegion = forwardRef<HTMLElement, ToastRegionProps>(function ToastRegion(props, ref) {
  const { toaster = defaultToaster, hotkey = 'F8', onFocus, onKeyDown, ...rest } = props;
  const t = useMessages(toastMessages);
  const toasts = useSyncExternalStore(toaster.subscribe, toaster.getSnapshot, toaster.getSnapshot);
  const dismiss = toaster.dismiss;
  const polite = toasts.filter((toast) => toast.tone !== 'error');
  const assertive = toasts.filter((toast) => toast.tone === 'error');
  const region = useRef<HTMLElement>(null);
  const mergedRef = useMergedRef(ref, region);
  // Where focus came from when it entered the region: it goes back there when the last toast is closed.
  const cameFrom = useRef<HTMLElement | null>(null);

  const rememberOrigin = (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget as HTMLElement | null;
    if (!event.currentTarget.contains(from)) cameFrom.current = from;
    onFocus?.(event);
  };

  // Closing a toast removes the focused button; without this, focus fell back to <body> (WCAG 2.4.3). Focus moves
  // to the next toast's dismiss button, else the previous one, else back to where it came from.
  const close = useCallback(
    (id: string, button: HTMLElement) => {
      if (button.ownerDocument.activeElement === button) {
        const buttons = Array.from(region.current?.querySelectorAll<HTMLElement>('[data-toast-close]') ?? []);
        const index = buttons.indexOf(button);
        const origin = cameFrom.current?.isConnected ? cameFrom.current : null;
        (buttons[index + 1] ?? buttons[index - 1] ?? origin)?.focus();
      }
      dismiss(id);
    },
    [dismiss],
  );

  // A toast with an action must be reachable without tabbing through the whole page (2.1.1): the hotkey focuses the
  // region. Behind an open modal dialog the region is inert and cannot take focus; the key is then left to the page.
  useEffect(() => {
    if (!hotkey) return;
    const focusRegion = (event: KeyboardEvent) => {
      const node = region.current;
      if (event.key !== hotkey || event.defaultPrevented || !node?.querySelector('[data-toast-close]')) return;
      node.focus();
      if (document.activeElement === node) event.preventDefault();
    };
    document.addEventListener('keydown', focusRegion);
    return () => document.removeEventListener('keydown', focusRegion);
  }, [hotkey]);

  const goBack = (event: ReactKeyboardEvent<HTMLElement>) => {
    onKeyDown?.(event);
    const origin = cameFrom.current;
    if (event.key !== 'Escape' || event.defaultPrevented || !origin?.isConnected) return;
    event.preventDefault();
    origin.focus();
  };

  return (
    <StyledToastRegion
      role="region"
      aria-label={hotkey ? `${t('toast.region')} (${hotkey})` : t('toast.region')}
      tabIndex={-1}
      {...rest}
      onFocus={rememberOrigin}
      onKeyDown={goBack}
      ref={mergedRef}
    >
      <ToastList role="status" aria-live="polite">
        {polite.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} onClose={close} />
        ))}
      </ToastList>
      <ToastList role="alert" aria-live="assertive">
        {assertive.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} onClose={close} />
        ))}
      </ToastList>
    </StyledToastRegion>
  );
});

/** Returns `show`, `dismiss` and `clear` for the shared toaster (or the one given). */
export function useToast(toaster: Toaster = defaultToaster): Pick<Toaster, 'show' | 'dismiss' | 'clear'> {
  return useMemo(() => ({ show: toaster.show, dismiss: toaster.dismiss, clear: toaster.clear }), [toaster]);
}

export type { ToastOptions, ToastRecord, Toaster };
