let locks = 0;
let previousOverflow = '';

/**
 * Stops the page behind a modal from scrolling (`overflow: hidden` on `<html>`) until every lock is released, so
 * nested modals restore the page only when the last one closes. Set through the CSSOM, which a strict CSP allows.
 */
export function lockPageScroll(document: Document): () => void {
  const root = document.documentElement;
  if (locks++ === 0) {
    previousOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--locks === 0) root.style.overflow = previousOverflow;
  };
}
