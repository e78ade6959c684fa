import { useEffect, useState } from 'react';

/** Page-wide: once one DatePicker has rendered its calendar, styles, formatters and code paths are warm for all. */
let warmedUp = false;

function whenIdle(callback: () => void): () => void {
  const { requestIdleCallback, cancelIdleCallback } = window;
  const id = requestIdleCallback(callback, { timeout: 2000 });
  return () => cancelIdleCallback?.(id);
}

/**
 * True for one idle moment after the first DatePicker of a page mounts: the picker then renders its dialog content
 * hidden, once, so the first real open costs what a later open costs (the first open measured 30.9 ms, later opens
 * 14.6 ms: docs/benchmarks.md "Date picker"). Browsers without `requestIdleCallback` skip the warm-up.
 */
export function useCalendarWarmUp(): boolean {
  const [warming, setWarming] = useState(false);
  useEffect(() => {
    if (warmedUp || typeof window.requestIdleCallback !== 'function') return undefined;
    return whenIdle(() => {
      if (warmedUp) return;
      warmedUp = true;
      setWarming(true);
    });
  }, []);
  useEffect(() => (warming ? whenIdle(() => setWarming(false)) : undefined), [warming]);
  return warming;
}
