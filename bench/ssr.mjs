// Server rendering: renderToString of 1,000 Polku Buttons with ServerStyleSheet, against the floor (renderToString of
// 1,000 plain <button className>). Run with NODE_ENV=production (bench/run.mjs does). Prints JSON on stdout.
//
// The floor's own speed differs between Node processes by up to ~1.5× (JIT decisions), which moved single-process
// medians by ±0.1×. So the measurement runs in SSR_PROCESSES fresh processes (like the fresh browser context per
// library at runtime), each with warm-up and SSR_REPS alternating repetitions, and the ratio is the median of all
// per-repetition ratios; the per-process medians are reported beside it.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const PROCESSES = Number(process.env.SSR_PROCESSES ?? 3);
const REPS = Number(process.env.SSR_REPS ?? 15);
const N = 1000;
const BATCH = Number(process.env.SSR_BATCH ?? 5);
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];

if (process.env.SSR_CHILD) {
  process.stdout.write(JSON.stringify(await measureInThisProcess()));
} else {
  const runs = [];
  for (let i = 0; i < PROCESSES; i++) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, SSR_CHILD: '1' },
      encoding: 'utf8',
    });
    runs.push(JSON.parse(output));
  }
  const all = (key) => runs.flatMap((run) => run[key]);
  process.stdout.write(
    JSON.stringify({
      n: N,
      reps: REPS,
      processes: PROCESSES,
      batch: BATCH,
      floorMs: median(all('floorMs')),
      polkuMs: median(all('polkuMs')),
      ratio: median(all('ratios')),
      oneComponentLayerRatio: median(all('oneLayerRatios')),
      perProcessRatios: runs.map((run) => median(run.ratios)),
      floorBytes: runs[0].floorBytes,
      polkuBytes: runs[0].polkuBytes,
      polkuStyleBytes: runs[0].polkuStyleBytes,
    }),
  );
}

async function measureInThisProcess() {
  const root = path.resolve(import.meta.dirname, '..');
  // The same react and styled-components instances as the built package resolves.
  const fromPolku = createRequire(path.join(root, 'packages/react/package.json'));
  const React = fromPolku('react');
  const { renderToString } = fromPolku('react-dom/server');
  const { ServerStyleSheet } = fromPolku('styled-components');
  const { Button } = await import(pathToFileURL(path.join(root, 'packages/react/dist/index.js')).href);
  const h = React.createElement;

  const floorTree = () =>
    h('div', null, Array.from({ length: N }, (_, i) => h('button', { key: i, type: 'button', className: 'f-btn' }, `Save ${i}`)));
  // Reference: the floor behind one plain function component, the least any component library can cost per element.
  const OneLayer = ({ children }) => h('button', { type: 'button', className: 'f-btn' }, children);
  const oneLayerTree = () => h('div', null, Array.from({ length: N }, (_, i) => h(OneLayer, { key: i }, `Save ${i}`)));
  const polkuTree = () => h('div', null, Array.from({ length: N }, (_, i) => h(Button, { key: i }, `Save ${i}`)));

  // One sample is BATCH renders in a row, so a garbage collection falls into a sample in proportion to what the
  // renders allocate instead of doubling the odd single render.
  const timed = (render) => {
    const start = performance.now();
    for (let i = 0; i < BATCH; i++) render();
    return (performance.now() - start) / BATCH;
  };
  const renderFloor = () => renderToString(floorTree());
  const renderOneLayer = () => renderToString(oneLayerTree());
  const renderPolku = () => {
    const sheet = new ServerStyleSheet();
    try {
      return { html: renderToString(sheet.collectStyles(polkuTree())), styles: sheet.getStyleTags() };
    } finally {
      sheet.seal();
    }
  };

  // warm-up (JIT): a server renders many requests
  for (let i = 0; i < 10; i++) {
    renderFloor();
    renderOneLayer();
    renderPolku();
  }
  const result = { ratios: [], oneLayerRatios: [], floorMs: [], polkuMs: [] };
  for (let rep = 0; rep < REPS; rep++) {
    let floorMs, polkuMs;
    if (rep % 2) {
      polkuMs = timed(renderPolku);
      floorMs = timed(renderFloor);
    } else {
      floorMs = timed(renderFloor);
      polkuMs = timed(renderPolku);
    }
    result.floorMs.push(floorMs);
    result.polkuMs.push(polkuMs);
    result.ratios.push(polkuMs / floorMs);
    result.oneLayerRatios.push(timed(renderOneLayer) / floorMs);
  }
  const { html, styles } = renderPolku();
  result.floorBytes = Buffer.byteLength(renderFloor());
  result.polkuBytes = Buffer.byteLength(html) + Buffer.byteLength(styles);
  result.polkuStyleBytes = Buffer.byteLength(styles);
  return result;
}
