import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Text for a polite status region that is always in the DOM (so screen readers watch it before anything changes).
 * `announce` replaces the text; the same message twice in a row is announced again by clearing it first.
 */
export function useAnnouncement(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage('');
    timer.current = setTimeout(() => setMessage(text), 50);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
