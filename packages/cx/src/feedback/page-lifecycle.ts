/** What the outbox needs to know about the page: is it going away, and tell me when it starts to. */
export interface PageLifecycle {
  /** True between `pagehide` / `visibilitychange` to hidden and the page showing again. */
  hiding(): boolean;
  /** Calls `listener` when the page starts hiding; returns the unsubscribe function. */
  onHide(listener: () => void): () => void;
}

/** The browser page: `pagehide` and `visibilitychange`. On the server it never hides. */
export function browserPageLifecycle(): PageLifecycle {
  const hasDom = typeof window !== 'undefined' && typeof document !== 'undefined';
  let pageHidden = false;
  return {
    hiding: () => pageHidden || (hasDom && document.visibilityState === 'hidden'),
    onHide(listener) {
      if (!hasDom) return () => {};
      const onPageHide = () => {
        pageHidden = true;
        listener();
      };
      const onPageShow = () => {
        pageHidden = false;
      };
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') listener();
      };
      window.addEventListener('pagehide', onPageHide);
      window.addEventListener('pageshow', onPageShow);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('pagehide', onPageHide);
        window.removeEventListener('pageshow', onPageShow);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}
