import { useEffect, useInsertionEffect, useRef, useState } from 'react';
import { promiseSnapshot, type PromiseSnapshot, type PromiseState, type PromiseTiming } from './promise-state';

/** A clock that can be replaced in tests and stories. */
export interface PromiseClock {
  /** Current time in epoch ms (client clock). */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: PromiseClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PromiseClockOptions {
  /** Replaces the system clock (tests, stories, a server-synchronised clock). */
  clock?: PromiseClock;
  /** Milliseconds to add to the client clock to get server time (see `estimateServerOffset`). */
  serverTimeOffsetMs?: number;
  /** Never tick: the state is computed once after mount (and when inputs change) and the deadline shown statically. */
  static?: boolean;
  /**
   * Time used for the server render and the first client render, so both produce the same HTML (e.g. the request
   * time, passed to the client with the page data). Without it, those renders show only the deadline.
   */
  initialNow?: number;
  /** Called when the state changes after mount (not for the first computed state). */
  onStateChange?: (from: PromiseState, to: PromiseState, snapshot: PromiseSnapshot) => void;
}

export interface PromiseClockResult {
  /** `null` until mounted when no `initialNow` is given: render the static deadline only. */
  snapshot: PromiseSnapshot | null;
  /** True once the clock runs in the browser. */
  mounted: boolean;
}

/**
 * Ticks at most once per second (aligned to the countdown's whole seconds), and only while the state can change.
 * `null` timing (invalid props, see promise-props.ts) gives no snapshot and no timer.
 */
export function usePromiseClock(timing: PromiseTiming | null, options: PromiseClockOptions = {}): PromiseClockResult {
  const { clock = systemClock, serverTimeOffsetMs = 0, static: isStatic = false, initialNow } = options;
  // One state for both, so the first reading after mount is one render, set from the clock's callback.
  const [result, setResult] = useState<PromiseClockResult>(() => ({
    snapshot: initialNow === undefined || timing === null ? null : promiseSnapshot(timing, initialNow),
    mounted: false,
  }));
  const previous = useRef<PromiseState | null>(null);
  const onChange = useRef(options.onStateChange);
  // The latest callback, updated in the commit (before any effect reads it), never during render.
  const onStateChange = options.onStateChange;
  useInsertionEffect(() => {
    onChange.current = onStateChange;
  }, [onStateChange]);
  // Re-run the effect only when the inputs really change, not on every new object literal.
  const key = JSON.stringify(timing);

  useEffect(() => {
    let handle: unknown;
    let cancelled = false;
    const update = () => {
      if (cancelled) return;
      if (timing === null) {
        previous.current = null;
        setResult({ snapshot: null, mounted: true });
        return;
      }
      const now = clock.now() + serverTimeOffsetMs;
      const next = promiseSnapshot(timing, now);
      const before = previous.current;
      previous.current = next.state;
      setResult({ snapshot: next, mounted: true });
      if (before !== null && before !== next.state) onChange.current?.(before, next.state, next);
      if (isStatic || !next.running) return;
      // Wake at the next whole second of the countdown, or at the next state change if that comes sooner.
      const toNextSecond = next.state === 'paused' ? Infinity : next.remainingMs % 1000 || 1000;
      const toChange = next.nextChangeAt === null ? Infinity : Math.max(0, next.nextChangeAt - now);
      const delay = Math.max(1000, Math.min(toNextSecond === Infinity ? 60_000 : toNextSecond, toChange));
      handle = clock.setTimeout(update, Math.min(delay, 2 ** 31 - 1));
    };
    update();
    return () => {
      cancelled = true;
      if (handle !== undefined) clock.clearTimeout(handle);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `timing`
  }, [key, clock, serverTimeOffsetMs, isStatic]);

  return result;
}
