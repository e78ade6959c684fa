// In-page probe: the time from a key event to the paint of the frame after it, for every key.
// keydown stamps the start (event.timeStamp, the performance.now() clock); when the text has changed (input event,
// captured on window before any page handler), a requestAnimationFrame callback runs in the next frame before its
// paint, and a message posted from it arrives after that paint. A sample is that arrival minus the start; a second
// series starts at the input event instead, leaving out the time the key waited for a busy main thread; a third is
// the script work alone: from the input event to the end of its dispatch (a listener on window in the bubble phase
// runs after the page's own, React's root listener included), without style, layout and paint.
export function installProbe(report) {
  const samples = [];
  const fromInput = [];
  const scriptWork = [];
  let start = 0;
  let inputStart = 0;
  window.addEventListener('keydown', (event) => (start = event.timeStamp), true);
  window.addEventListener(
    'input',
    () => {
      const from = start;
      const inputAt = performance.now();
      inputStart = inputAt;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = performance.now();
          fromInput.push(now - inputAt);
          samples.push(now - from);
        };
        channel.port2.postMessage(undefined);
      });
    },
    true,
  );
  window.addEventListener('input', () => scriptWork.push(performance.now() - inputStart));
  window.__probe = { samples, fromInput, scriptWork, report };
}
