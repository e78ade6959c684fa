import { useEffect, useState } from 'react';

/** Page-wide: once one DatePicker has rendered its calendar, styles, formatters and code paths are warm for all. */
let warmedUp = false;

function whenIdle(callback: () => void): () => void {
  const { requestIdleCallback, cancelIdleCallback } = window;
  const id = requestIdleCallback(callback, { timeout: 2000 });
  return () => cancelIdleCallback?.(id);
}

/**
 * True for one idle moment after the first DatePicker of a page mounts: the picker then lays its dialog content out
 * once, off-screen, inert and hidden from assistive technology, so styles, fonts and code are warm for the first open
 * (first open, median of 15 page loads: 25.4 ms with the warm-up, 34.1 ms without; docs/benchmarks.md "Date picker").
 * Browsers without `requestIdleCallback` skip the warm-up.
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
