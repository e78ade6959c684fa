import { useEffect, useRef, useState } from 'react';
import type { ComboboxOption } from './filterOptions';

/** Loads the options for what was typed; reject (or throw) to show the error state. Honour `signal` to stop work. */
export type LoadOptions = (query: string, context: { signal: AbortSignal }) => Promise<readonly ComboboxOption[]>;

export type LoadStatus = 'idle' | 'loading' | 'error';

export interface LoadedOptions {
  /** The options of the latest answered request (kept on screen while a newer one loads). */
  options: readonly ComboboxOption[];
  /** `loading` until the current query is answered, `error` when its request failed. */
  status: LoadStatus;
}

interface Answer {
  query: string | null;
  options: readonly ComboboxOption[];
  failed: boolean;
}

const unanswered: Answer = { query: null, options: [], failed: false };

/**
 * Calls `loadOptions` for `query` once typing has paused for `delay` ms, while `enabled` (the popup is open). Each
 * request aborts the one before it, and an answer is used only when it belongs to the latest request (a sequence
 * number), so a slow answer to an old query never replaces a newer one, whether or not the loader honours `signal`.
 */
export function useOptionLoader(
  loadOptions: LoadOptions | undefined,
  query: string,
  enabled: boolean,
  delay: number,
): LoadedOptions {
  const [answer, setAnswer] = useState<Answer>(unanswered);
  const latestLoader = useRef(loadOptions);
  const sequence = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const hasLoader = loadOptions !== undefined;

  useEffect(() => {
    latestLoader.current = loadOptions;
  }, [loadOptions]);

  useEffect(() => {
    if (!hasLoader || !enabled) return undefined;
    const timer = setTimeout(() => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      sequence.current += 1;
      const request = sequence.current;
      const isLatest = () => request === sequence.current && !current.signal.aborted;
      Promise.resolve()
        .then(() => latestLoader.current!(query, { signal: current.signal }))
        .then(
          (options) => {
            if (isLatest()) setAnswer({ query, options, failed: false });
          },
          () => {
            if (isLatest()) setAnswer({ query, options: [], failed: true });
          },
        );
    }, delay);
    return () => clearTimeout(timer);
  }, [hasLoader, query, enabled, delay]);

  // closing the popup cancels what is in flight; so does unmounting
  useEffect(() => {
    if (!enabled) controller.current?.abort();
  }, [enabled]);
  useEffect(() => () => controller.current?.abort(), []);

  const status: LoadStatus = !hasLoader || !enabled ? 'idle' : answer.query !== query ? 'loading' : answer.failed ? 'error' : 'idle';
  return { options: answer.options, status };
}
