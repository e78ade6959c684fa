// Time from a click on the calendar button ([data-bench-open]) to the first painted frame with a visible grid.
// The click is read in the capture phase on window (before any library handles it); the grid is awaited with a
// MutationObserver; a message posted from the next requestAnimationFrame callback arrives after that frame painted.
window.__probe = { samples: [] };

const visibleGrid = () => {
  const grid = document.querySelector('[role="grid"]');
  return grid && grid.getClientRects().length > 0 && getComputedStyle(grid).visibility !== 'hidden' ? grid : null;
};

function afterPaint(start) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => window.__probe.samples.push(performance.now() - start);
    channel.port2.postMessage(0);
  });
}

window.addEventListener(
  'click',
  (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-bench-open]')) return;
    const start = event.timeStamp;
    const observer = new MutationObserver(() => {
      if (!visibleGrid()) return;
      observer.disconnect();
      afterPaint(start);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  },
  true,
);

/**
 * Called by each page once it has mounted: ready once the page is first idle after two frames, so the first paint is
 * behind us and the page has settled, as it has by the time a person clicks (hundreds of milliseconds later).
 */
export function ready() {
  requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => (window.__ready = true), { timeout: 1000 })));
}
