import { useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

/** Beyond this many options only a window of them is rendered (the rest are space), so long lists stay fast. */
export const WINDOW_THRESHOLD = 100;
/** Options rendered above and below the visible ones. */
const OVERSCAN = 10;
/** Height of one option until one has been measured (the option's padding plus one line of body text). */
const ESTIMATED_ROW_HEIGHT = 40;
/** Height of the list until it has been measured (jsdom measures nothing). */
const ESTIMATED_LIST_HEIGHT = 320;
/**
 * The most of the list that is ever in view: the popup is at most 320 px tall. The list's own height cannot tell before
 * the popup is sized, because the space standing for unrendered options makes it as tall as all of them.
 */
const MAX_LIST_HEIGHT = 480;

export interface ListWindow {
  /** First rendered position. */
  start: number;
  /** One past the last rendered position. */
  end: number;
  /** Space, in px, standing for the options before `start` and after `end`; 0 when not windowed. */
  before: number;
  after: number;
  onScroll?: (event: UIEvent<HTMLElement>) => void;
}

/**
 * Which options to render: all of them up to `WINDOW_THRESHOLD`, else those around the scroll position, always
 * including the active option (aria-activedescendant must point at an element that exists). The row height is
 * measured from a rendered option, so spacing stays right when the font or zoom changes.
 */
export function useListWindow(count: number, active: number | null, listRef: RefObject<HTMLElement | null>): ListWindow {
  const windowed = count > WINDOW_THRESHOLD;
  const [scrollTop, setScrollTop] = useState(0);
  const [rowHeight, setRowHeight] = useState(ESTIMATED_ROW_HEIGHT);
  const [listHeight, setListHeight] = useState(0);
  const measured = useRef(false);

  // Measured when the list becomes windowed (or opens), and again only when the list's box changes size: not on
  // every keystroke, where reading sizes right after React's DOM changes would force a layout of its own.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return undefined;
    const measure = () => {
      const option = list.querySelector<HTMLElement>('[role="option"]');
      const row = option?.offsetHeight ?? 0;
      if (row > 0) setRowHeight((previous) => (Math.abs(row - previous) > 0.5 ? row : previous));
      const height = list.clientHeight;
      if (height > 0) setListHeight(height);
    };
    // the first time synchronously, so the first windowed frame is spaced right; later the observer's first
    // callback, which runs after the frame's own layout, re-measures without forcing one
    if (!measured.current || typeof ResizeObserver === 'undefined') measure();
    measured.current = true;
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [windowed, listRef]);

  if (!windowed) return { start: 0, end: count, before: 0, after: 0 };
  const visible = Math.ceil(Math.min(listHeight || ESTIMATED_LIST_HEIGHT, MAX_LIST_HEIGHT) / rowHeight);
  const span = visible + 2 * OVERSCAN;
  let start = Math.min(Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN), Math.max(0, count - span));
  if (active !== null && (active < start || active >= start + span)) {
    start = Math.min(Math.max(0, active - OVERSCAN), Math.max(0, count - span));
  }
  const end = Math.min(count, start + span);
  return {
    start,
    end,
    before: start * rowHeight,
    after: (count - end) * rowHeight,
    onScroll: (event) => setScrollTop(event.currentTarget.scrollTop),
  };
}
