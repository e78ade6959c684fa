// Server rendering: renderToString of 1,000 Polku Buttons with ServerStyleSheet, against the floor (renderToString of
// 1,000 plain <button className>). Run with NODE_ENV=production (bench/run.mjs does). Prints JSON on stdout.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(import.meta.dirname, '..');
// The same react and styled-components instances as the built package resolves.
const fromPolku = createRequire(path.join(root, 'packages/react/package.json'));
const React = fromPolku('react');
const { renderToString } = fromPolku('react-dom/server');
const { ServerStyleSheet } = fromPolku('styled-components');
const { Button } = await import(pathToFileURL(path.join(root, 'packages/react/dist/index.js')).href);

const N = 1000;
const REPS = Number(process.env.SSR_REPS ?? 21);
const h = React.createElement;

const floorTree = () => h('div', null, Array.from({ length: N }, (_, i) => h('button', { key: i, type: 'button', className: 'f-btn' }, `Save ${i}`)));
// Reference: the floor behind one plain forwardRef component, to separate React's per-component cost from Polku's.
const Wrapped = React.forwardRef(function Wrapped(props, ref) {
  return h('button', { ...props, ref });
});
const wrappedTree = () => h('div', null, Array.from({ length: N }, (_, i) => h(Wrapped, { key: i, type: 'button', className: 'f-btn' }, `Save ${i}`)));
const polkuTree = () => h('div', null, Array.from({ length: N }, (_, i) => h(Button, { key: i }, `Save ${i}`)));

function floor() {
  const start = performance.now();
  const html = renderToString(floorTree());
  return { ms: performance.now() - start, bytes: Buffer.byteLength(html) };
}
function wrapped() {
  const start = performance.now();
  renderToString(wrappedTree());
  return performance.now() - start;
}
function polku() {
  const start = performance.now();
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(polkuTree()));
    const styles = sheet.getStyleTags();
    return { ms: performance.now() - start, bytes: Buffer.byteLength(html) + Buffer.byteLength(styles), styleBytes: Buffer.byteLength(styles) };
  } finally {
    sheet.seal();
  }
}

// warm-up (JIT)
for (let i = 0; i < 10; i++) {
  floor();
  wrapped();
  polku();
}
const ratios = [];
const wrappedRatios = [];
const floorMs = [];
const polkuMs = [];
let last;
for (let rep = 0; rep < REPS; rep++) {
  const [a, b] = rep % 2 ? [polku(), floor()] : [floor(), polku()];
  const f = rep % 2 ? b : a;
  const p = rep % 2 ? a : b;
  floorMs.push(f.ms);
  polkuMs.push(p.ms);
  ratios.push(p.ms / f.ms);
  wrappedRatios.push(wrapped() / f.ms);
  last = { floorBytes: f.bytes, polkuBytes: p.bytes, polkuStyleBytes: p.styleBytes };
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
process.stdout.write(
  JSON.stringify({ n: N, reps: REPS, floorMs: median(floorMs), polkuMs: median(polkuMs), ratio: median(ratios), oneComponentLayerRatio: median(wrappedRatios), ...last }),
);
