// In-page benchmark. The adapter (aliased as `bench-adapter`) maps the same scenarios onto one library.
// Each step is timed with performance.now() around a synchronous render (flushSync) followed by a forced
// style/layout read (offsetHeight), so style recalculation and layout are included.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Fragment } from 'react';
import * as adapter from 'bench-adapter';

const N_BUTTONS = 1000;
const N_FIELDS = 1000;
const N_NPS = 100;
const WARM_ROUNDS = 5;

const container = document.getElementById('root');
const root = createRoot(container);
const Wrapper = adapter.Wrapper ?? Fragment;

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function time(children) {
  const start = performance.now();
  flushSync(() => root.render(<Wrapper>{children}</Wrapper>));
  void container.offsetHeight; // forces style recalculation and layout
  return performance.now() - start;
}

function buttons(label, variant) {
  const items = new Array(N_BUTTONS);
  for (let i = 0; i < N_BUTTONS; i++) items[i] = adapter.button(i, `${label} ${i}`, variant);
  return <div className="bench-list">{items}</div>;
}

function fields(label) {
  const items = new Array(N_FIELDS);
  for (let i = 0; i < N_FIELDS; i++) items[i] = adapter.textField(i, `${label} ${i}`);
  return <div className="bench-list">{items}</div>;
}

function npsQuestions() {
  const items = new Array(N_NPS);
  for (let i = 0; i < N_NPS; i++) items[i] = adapter.nps(i, `How likely are you to recommend us to a friend? (${i})`);
  return <div className="bench-list">{items}</div>;
}

/** Cold mount, then unmount/mount again WARM_ROUNDS times (median). */
async function mountSeries(make) {
  time(null); // the provider (if any) is mounted once, like an app's root
  await settle();
  const cold = time(make());
  const warm = [];
  for (let round = 0; round < WARM_ROUNDS; round++) {
    await settle();
    time(null);
    await settle();
    warm.push(time(make()));
  }
  return { cold, warm: median(warm) };
}

const makers = { buttons: () => buttons('Save', 'a'), fields: () => fields('Name'), nps: npsQuestions };

window.__bench = {
  features: { nps: typeof adapter.nps === 'function' },
  /** Only the first mount of a scenario in this (fresh) page: extra cold samples, so one slow page does not decide. */
  async cold(scenario) {
    time(null);
    await settle();
    return time(makers[scenario]());
  },
  async buttons() {
    time(null);
    await settle();
    const cold = time(buttons('Save', 'a'));
    // label-only updates and variant changes, back and forth (median of 2 × WARM_ROUNDS)
    const label = [];
    const variant = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      await settle();
      label.push(time(buttons('Send', 'a')));
      await settle();
      label.push(time(buttons('Save', 'a')));
      await settle();
      variant.push(time(buttons('Save', 'b')));
      await settle();
      variant.push(time(buttons('Save', 'a')));
    }
    const warm = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      await settle();
      time(null);
      await settle();
      warm.push(time(buttons('Save', 'a')));
    }
    const check = container.querySelectorAll('button').length;
    return { buttonsCold: cold, buttonsWarm: median(warm), labelUpdate: median(label), variantChange: median(variant), check };
  },
  async fields() {
    const { cold, warm } = await mountSeries(() => fields('Name'));
    return { fieldsCold: cold, fieldsWarm: warm, check: container.querySelectorAll('input').length };
  },
  async nps() {
    const { cold, warm } = await mountSeries(npsQuestions);
    return { npsCold: cold, npsWarm: warm, check: container.querySelectorAll('input').length };
  },
};
