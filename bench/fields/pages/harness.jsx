// In-page benchmark of 1,000 labelled text fields with a hint. The adapter (aliased as `fields-adapter`) renders one
// field; the harness mounts 1,000 of them with flushSync and times each step with performance.now() around the render
// plus a forced layout read (offsetHeight), so style recalculation and layout count.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import * as adapter from 'fields-adapter';

export const N_FIELDS = 1000;

const container = document.getElementById('root');
const root = createRoot(container);

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function time(children) {
  const start = performance.now();
  flushSync(() => root.render(children));
  void container.offsetHeight; // forces style recalculation and layout
  return performance.now() - start;
}

function fields() {
  const items = new Array(N_FIELDS);
  for (let i = 0; i < N_FIELDS; i++) items[i] = adapter.field(i, `Name ${i}`, `As in your passport ${i}`);
  return <div className="bench-list">{items}</div>;
}

/**
 * Run after the timings (its queries must not slow a timed mount down). What was rendered must be a labelled, described field, or the time means nothing: every input has an accessible
 * label (label[for] or a wrapping label) and an aria-describedby that points at the hint text.
 */
function check() {
  const inputs = container.querySelectorAll('input');
  let labelled = 0;
  let described = 0;
  for (const input of inputs) {
    // not input.labels: a live NodeList per input that Chromium keeps updating would slow every later mount down
    const label = input.id ? container.querySelector(`label[for="${CSS.escape(input.id)}"]`) : input.closest('label');
    if (label?.textContent.includes('Name')) labelled += 1;
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (ids.some((id) => document.getElementById(id)?.textContent.includes('As in your passport'))) described += 1;
  }
  return { inputs: inputs.length, labelled, described };
}

window.__bench = {
  /** Mounts an empty root once (React's own first-render work), then lets the page settle. */
  async prepare() {
    time(null);
    await settle();
  },
  settle,
  /** One timed mount of the 1,000 fields (wall ms); the runner reads the main thread's CPU time around the call. */
  mount: () => time(fields()),
  unmount: () => time(null),
  check,
  /** Unmount + mount `rounds` times without timing: the work a CPU profile records. */
  async repeat(rounds) {
    for (let round = 0; round < rounds; round++) {
      time(null);
      await settle();
      time(fields());
      await settle();
    }
  },
};
window.__ready = true;
