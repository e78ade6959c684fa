// `pnpm bench`: Polku beside its peers. Bytes (esbuild), runtime in headless Chromium (playwright), server rendering.
// Writes bench/results/latest.json and the table in docs/benchmarks.md. See docs/adr/0005-performance-benchmark.md.
//
//   node bench/run.mjs [--reps 7] [--skip-install] [--skip-build] [--only sizes,runtime,ssr] [--no-docs]
//                      [--libraries polku,hds]   (a quick comparison: written to results/subset.json only)
//                      [--only sizes --reason "…"] (bytes re-measured and merged into the recorded run)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromiumLaunchOptions, chromiumPath } from '@polku/tooling/chromium';
import {
  DIST_ENTRIES,
  REACT_EXTERNALS,
  STYLED_EXTERNALS,
  TEN_SET,
  componentNames,
  dedupe,
  entryFor,
  exportNames,
  formatKb,
  gzipSize,
  measureEntries,
  measureEntry,
  polkuResolver,
  root,
  sourcePlugins,
} from '@polku/tooling/size';
import { renderMarkdown } from './lib/report.mjs';

const bench = path.join(root, 'bench');
// Generated pages live under node_modules so that neither git nor ESLint looks at them.
const out = path.join(bench, 'node_modules/.polku-bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const flag = (name) => args.includes(`--${name}`);
const REPS = Number(option('reps', 7));
// A cold mount happens once per page: the noisiest step on a shared machine, so each cold figure is a median of pages.
const COLD_EXTRA = 4;
const only = new Set(option('only', 'sizes,runtime,ssr').split(','));

/** Rewrites the docs table from bench/results/latest.json without measuring (`--report`). */
function writeDocs(markdown) {
  const docs = path.join(root, 'docs/benchmarks.md');
  if (flag('no-docs') || !existsSync(docs)) return;
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) return;
  writeFileSync(docs, `${text.slice(0, text.indexOf(start) + start.length)}\n${markdown}\n${text.slice(text.indexOf(end))}`);
  console.log('[bench] docs/benchmarks.md updated');
}
if (flag('report')) {
  const latest = JSON.parse(readFileSync(path.join(bench, 'results/latest.json'), 'utf8'));
  const markdown = renderMarkdown(latest);
  writeFileSync(path.join(bench, 'results/latest.md'), markdown);
  writeDocs(markdown);
  process.exit(0);
}

const log = (...parts) => console.log('[bench]', ...parts);
const run = (command, commandArgs, options = {}) => {
  log('$', command, commandArgs.join(' '));
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
};

// ---------------------------------------------------------------------------------------------------------------
// 1. Benchmark-only dependencies (bench/package.json, outside the pnpm workspace) and the Polku builds.
// ---------------------------------------------------------------------------------------------------------------
const lockMarker = path.join(bench, 'node_modules/.package-lock.json');
const needsInstall = !existsSync(lockMarker) || statSync(path.join(bench, 'package.json')).mtimeMs > statSync(lockMarker).mtimeMs;
if (!flag('skip-install') && needsInstall) {
  if (!run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: bench })) {
    console.error('✖ npm install in bench/ failed');
    process.exit(1);
  }
}
const buildProblems = [];
if (!flag('skip-build')) {
  if (!run('pnpm', ['--filter', '@polku/tokens', 'build'])) buildProblems.push('@polku/tokens build failed');
  if (!run('pnpm', ['-r', '--filter', './packages/*', 'run', 'build'])) buildProblems.push('a package build failed');
  for (const problem of buildProblems) console.warn(`⚠ ${problem}; measuring the dist/ that exists`);
}
if (!existsSync(DIST_ENTRIES['@polku/react'])) {
  console.error('✖ packages/react/dist/index.js is missing: the build must succeed once');
  process.exit(1);
}

const benchRequire = createRequire(path.join(bench, 'package.json'));
const rootRequire = createRequire(path.join(root, 'package.json'));
const versionOf = (require, name) => {
  // package.json is not always in a package's "exports": find the package folder on the resolution paths instead.
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = path.join(dir, name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return undefined;
};
const polkuVersion = (name) => JSON.parse(readFileSync(path.join(root, 'packages', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------------------------
// Libraries: how each one is bundled for bytes and for the runtime page.
// ---------------------------------------------------------------------------------------------------------------
const peerShared = ['react', 'react-dom', 'styled-components', '@emotion/react', '@emotion/styled'];
const LIBRARIES = [
  { id: 'floor', name: 'floor (plain elements, static CSS)', baseDir: root, adapter: 'floor.jsx' },
  { id: 'polku', name: 'Polku', baseDir: root, adapter: 'polku.jsx', version: polkuVersion('react') },
  {
    id: 'hds',
    name: 'hds-react',
    pkg: 'hds-react',
    adapter: 'hds.jsx',
    // LoadingSpinner for Spinner, Notification for Alert, RadioButton + SelectionGroup for RadioGroup
    ten: `export { Button, TextInput, Checkbox, RadioButton, SelectionGroup, Select, Dialog, Tabs, TabList, Tab, TabPanel, Notification, Link, LoadingSpinner } from 'hds-react';`,
    button: `export { Button } from 'hds-react';`,
  },
  {
    id: 'suomifi',
    name: 'suomifi-ui-components',
    pkg: 'suomifi-ui-components',
    adapter: 'suomifi.jsx',
    missing: ['Tabs'],
    ten: `export { Button, TextInput, Checkbox, RadioButtonGroup, RadioButton, SingleSelect, Modal, ModalContent, ModalTitle, Alert, Link, LoadingSpinner } from 'suomifi-ui-components';`,
    button: `export { Button } from 'suomifi-ui-components';`,
  },
  {
    id: 'primer',
    name: '@primer/react',
    pkg: '@primer/react',
    adapter: 'primer.jsx',
    // UnderlineNav is Primer's tab navigation; Flash its alert. Primitives CSS (tokens) is required by every component.
    ten: `import '@primer/primitives/dist/css/primitives.css'; import '@primer/primitives/dist/css/functional/themes/light.css';
export { ThemeProvider, BaseStyles, Button, TextInput, FormControl, Checkbox, Radio, RadioGroup, Select, Dialog, UnderlineNav, Flash, Link, Spinner } from '@primer/react';`,
    button: `import '@primer/primitives/dist/css/primitives.css'; import '@primer/primitives/dist/css/functional/themes/light.css';
export { ThemeProvider, BaseStyles, Button } from '@primer/react';`,
  },
  {
    id: 'mui',
    name: '@mui/material',
    pkg: '@mui/material',
    adapter: 'mui.jsx',
    ten: `export { Button, TextField, Checkbox, Radio, RadioGroup, FormControlLabel, Select, MenuItem, Dialog, Tabs, Tab, Alert, Link, CircularProgress } from '@mui/material';`,
    button: `export { default as Button } from '@mui/material/Button';`,
  },
  {
    id: 'chakra',
    name: '@chakra-ui/react',
    pkg: '@chakra-ui/react',
    adapter: 'chakra.jsx',
    // v3 needs its provider and system; both are counted.
    ten: `export { ChakraProvider, defaultSystem, Button, Input, Field, Checkbox, RadioGroup, NativeSelect, Dialog, Tabs, Alert, Link, Spinner } from '@chakra-ui/react';`,
    button: `export { ChakraProvider, defaultSystem, Button } from '@chakra-ui/react';`,
  },
  {
    id: 'react-aria',
    name: 'react-aria-components',
    pkg: 'react-aria-components',
    adapter: 'react-aria.jsx',
    note: 'unstyled: bytes carry no CSS; runtime uses the floor CSS',
    ten: `export { Button, TextField, Label, Input, Checkbox, RadioGroup, Radio, Select, Dialog, Modal, Tabs, Link, ProgressBar } from 'react-aria-components';`,
    button: `export { Button } from 'react-aria-components';`,
  },
];
// `--libraries a,b`: measure only these (the floor always runs). Such a run is for trying a change, not the record.
const subset = option('libraries', undefined)?.split(',');
if (subset) {
  const unknown = subset.filter((id) => !LIBRARIES.some((library) => library.id === id));
  if (unknown.length) {
    console.error(`✖ --libraries: unknown ${unknown.join(', ')}; known: ${LIBRARIES.map((library) => library.id).join(', ')}`);
    process.exit(1);
  }
  LIBRARIES.splice(0, LIBRARIES.length, ...LIBRARIES.filter((library) => library.id === 'floor' || subset.includes(library.id)));
}
for (const library of LIBRARIES) {
  library.baseDir ??= bench;
  if (library.pkg) library.version = versionOf(benchRequire, library.pkg);
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
    chromium: undefined,
  },
  versions: {
    react: versionOf(rootRequire, 'react'),
    'react-dom': versionOf(rootRequire, 'react-dom'),
    'styled-components': versionOf(createRequire(path.join(root, 'packages/react/package.json')), 'styled-components'),
    esbuild: esbuild.version,
    '@polku/react': polkuVersion('react'),
    '@polku/cx': polkuVersion('cx'),
    ...Object.fromEntries(
      ['hds-react', 'suomifi-ui-components', '@primer/react', '@primer/primitives', '@mui/material', '@emotion/react', '@emotion/styled', '@chakra-ui/react', 'react-aria-components'].map(
        (name) => [name, versionOf(benchRequire, name)],
      ),
    ),
  },
  buildProblems,
  sizes: undefined,
  runtime: undefined,
  ssr: undefined,
};

// ---------------------------------------------------------------------------------------------------------------
// 2. Bytes
// ---------------------------------------------------------------------------------------------------------------
async function measureSizes() {
  const plugins = [polkuResolver(DIST_ENTRIES), dedupe(['react', 'react-dom', 'styled-components'], root)];
  // The same entries bundled from the package sources (what tests/size-budget.test.ts checks).
  const sourceBuild = [...sourcePlugins(), dedupe(['react', 'react-dom', 'styled-components'], root)];
  const withoutStyled = [...REACT_EXTERNALS, ...STYLED_EXTERNALS];
  // Real components only (function, forwardRef, memo; not error classes), checked on the built module itself.
  const componentTypes = new Set([Symbol.for('react.forward_ref'), Symbol.for('react.memo')]);
  const isComponent = (value) =>
    (typeof value === 'function' && !(value.prototype instanceof Error)) || componentTypes.has(value?.$$typeof);
  /** Every component of a package alone, from the built package and from the sources. */
  async function eachAlone(from) {
    const built = await import(pathToFileURL(DIST_ENTRIES[from]).href);
    const names = componentNames(await exportNames(DIST_ENTRIES[from])).filter((name) => isComponent(built[name]));
    const entries = Object.fromEntries(names.map((name) => [name, entryFor([name], from)]));
    const fromDist = await measureEntries(entries, { plugins, external: withoutStyled });
    const fromSources = await measureEntries(entries, { plugins: sourceBuild, external: withoutStyled });
    log(`sizes of ${names.length} ${from} components measured`);
    return Object.fromEntries(
      names.map((name) => [name, { ...fromDist[name], sourcesJs: fromSources[name].js, sourcesJsGz: fromSources[name].jsGz }]),
    );
  }
  const perComponent = await eachAlone('@polku/react');
  const components = Object.keys(perComponent);
  const present = TEN_SET.filter((name) => components.includes(name));
  const missing = TEN_SET.filter((name) => !components.includes(name));
  const tenWith = await measureEntry({ code: entryFor(present), plugins });
  const tenWithout = await measureEntry({ code: entryFor(present), plugins, external: withoutStyled });
  const buttonWith = await measureEntry({ code: entryFor(['Button']), plugins });
  const tenSources = await measureEntry({ code: entryFor(present), plugins: sourceBuild });
  const buttonSourcesWith = await measureEntry({ code: entryFor(['Button']), plugins: sourceBuild });
  const styledAlone = await measureEntry({ code: `export { styled, css, keyframes } from 'styled-components';`, plugins });
  const reactDom = await measureEntry({ code: `export * from 'react-dom/client'; export * from 'react';`, plugins, external: [] });
  const tokensCss = path.join(root, 'packages/tokens/dist/css/polku.css');
  const tokensCssText = existsSync(tokensCss) ? readFileSync(tokensCss, 'utf8') : '';

  // Every @polku/cx pattern alone: what an app pays for one pattern, with the @polku/react parts it uses.
  const cxComponents = existsSync(DIST_ENTRIES['@polku/cx']) ? await eachAlone('@polku/cx') : {};

  let feedbackWidget;
  const cxExports = existsSync(DIST_ENTRIES['@polku/cx']) ? await exportNames(DIST_ENTRIES['@polku/cx']) : [];
  if (cxExports.includes('FeedbackWidget')) {
    const names = ['FeedbackWidget', ...(cxExports.includes('NpsQuestion') ? ['NpsQuestion'] : [])];
    const code = entryFor(names, '@polku/cx');
    const withStyled = await measureEntry({ code, plugins });
    const without = await measureEntry({ code, plugins, external: withoutStyled });
    feedbackWidget = { names, jsGz: without.jsGz, jsGzWithStyled: withStyled.jsGz };
  }

  const peers = {};
  for (const library of LIBRARIES.filter((entry) => entry.ten)) {
    const peerPlugins = [dedupe(peerShared, bench)];
    try {
      const ten = await measureEntry({ code: library.ten, resolveDir: bench, plugins: peerPlugins });
      const button = await measureEntry({ code: library.button, resolveDir: bench, plugins: peerPlugins });
      peers[library.id] = {
        name: library.name,
        version: library.version,
        missing: library.missing ?? [],
        note: library.note,
        button: { jsGz: button.jsGz, cssGz: button.cssGz },
        tenSet: { jsGz: ten.jsGz, cssGz: ten.cssGz, totalGz: ten.jsGz + ten.cssGz },
      };
      log(`size ${library.name}: ten-set ${formatKb(ten.jsGz + ten.cssGz)} gz`);
    } catch (error) {
      peers[library.id] = { name: library.name, error: String(error.message ?? error).slice(0, 300) };
    }
  }

  return {
    version: polkuVersion('react'),
    components: perComponent,
    cxComponents,
    button: {
      jsGzBeyondReactAndStyled: perComponent.Button?.jsGz,
      jsGzWithStyled: buttonWith.jsGz,
      sourcesJsGzBeyondReactAndStyled: perComponent.Button?.sourcesJsGz,
      sourcesJsGzWithStyled: buttonSourcesWith.jsGz,
    },
    tenSet: {
      present,
      missing,
      jsGzWithStyled: tenWith.jsGz,
      jsGzWithoutStyled: tenWithout.jsGz,
      sourcesJsGzWithStyled: tenSources.jsGz,
      tokensCssGz: gzipSize(tokensCssText),
      totalGz: tenWith.jsGz + gzipSize(tokensCssText),
    },
    styledComponentsGz: styledAlone.jsGz,
    reactAndReactDomGz: reactDom.jsGz,
    tokensCss: { bytes: tokensCssText.length, gz: gzipSize(tokensCssText) },
    feedbackWidget,
    peers,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Runtime in headless Chromium
// ---------------------------------------------------------------------------------------------------------------
async function buildPage(library) {
  const dir = path.join(out, 'pages', library.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const adapterFile = path.join(bench, 'runtime/adapters', library.adapter);
  await esbuild.build({
    entryPoints: { harness: path.join(bench, 'runtime/harness.jsx') },
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'iife', // a classic script: Chromium refuses module scripts from file:// URLs
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'error', // adapters leave out what they do not have (Wrapper, nps): esbuild would warn about each
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl', '.png': 'empty' },
    plugins: [
      { name: 'adapter', setup: (build) => build.onResolve({ filter: /^bench-adapter$/ }, () => ({ path: adapterFile })) },
      polkuResolver(DIST_ENTRIES),
      dedupe(peerShared.filter((name) => library.baseDir === bench || !name.startsWith('@emotion')), library.baseDir),
    ],
  });
  const links = [];
  if (library.id === 'polku') {
    cpSync(path.join(root, 'packages/tokens/dist/css/polku.css'), path.join(dir, 'polku.css'));
    links.push('polku.css');
  }
  if (existsSync(path.join(dir, 'harness.css'))) links.push('harness.css');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${library.id}</title>${links
      .map((href) => `<link rel="stylesheet" href="${href}">`)
      .join('')}</head><body><div id="root"></div><script src="harness.js"></script></body></html>`,
  );
  return pathToFileURL(path.join(dir, 'index.html')).href;
}

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measureRuntime() {
  const { chromium } = rootRequire('playwright');
  const pages = {};
  for (const library of LIBRARIES) pages[library.id] = await buildPage(library);
  const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
  results.machine.chromium = browser.version();
  const raw = Object.fromEntries(LIBRARIES.map((library) => [library.id, []]));
  // Each library is paired with a floor measured right before it (own fresh context), so the ratio compares runs
  // seconds apart; on a shared machine the load changes faster than a whole repetition takes.
  const pairedFloor = Object.fromEntries(LIBRARIES.map((library) => [library.id, []]));
  const errors = {};
  async function sampleOf(library) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const sample = {};
    const openPage = async () => {
      const page = await context.newPage();
      page.on('pageerror', (error) => (errors[library.id] ??= String(error.message).slice(0, 300)));
      await page.goto(pages[library.id]);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 15_000 });
      return page;
    };
    try {
      for (const scenario of ['buttons', 'fields', 'nps']) {
        const page = await openPage();
        const hasNps = await page.evaluate(() => window.__bench.features.nps);
        if (scenario !== 'nps' || hasNps || library.id === 'floor') {
          const { check, ...timings } = await page.evaluate((name) => window.__bench[name](), scenario);
          if (!check) throw new Error(`${library.id} ${scenario}: nothing rendered`);
          // A cold mount happens once per page, so it is the noisiest step: take the median of it and of
          // COLD_EXTRA more first mounts, each in its own fresh page.
          const coldKey = `${scenario}Cold`;
          const colds = [timings[coldKey]];
          for (let extra = 0; extra < COLD_EXTRA; extra++) {
            const coldPage = await openPage();
            colds.push(await coldPage.evaluate((name) => window.__bench.cold(name), scenario));
            await coldPage.close();
          }
          Object.assign(sample, timings, { [coldKey]: median(colds) });
        }
        await page.close();
      }
    } catch (error) {
      errors[library.id] ??= String(error.message ?? error).slice(0, 300);
    } finally {
      await context.close();
    }
    return sample;
  }
  const floorLibrary = LIBRARIES.find((library) => library.id === 'floor');
  const measured = LIBRARIES.filter((library) => library.id !== 'floor');
  try {
    for (let rep = 0; rep < REPS; rep++) {
      const order = rep % 2 ? [...measured].reverse() : measured;
      for (const library of order) {
        // alternate which of the pair goes first, too
        const floorFirst = (rep + measured.indexOf(library)) % 2 === 0;
        const first = await sampleOf(floorFirst ? floorLibrary : library);
        const second = await sampleOf(floorFirst ? library : floorLibrary);
        const [floorSample, sample] = floorFirst ? [first, second] : [second, first];
        raw[library.id].push(sample);
        pairedFloor[library.id].push(floorSample);
        raw.floor.push(floorSample);
      }
      log(`runtime repetition ${rep + 1}/${REPS} done (load ${os.loadavg()[0].toFixed(1)})`);
      // keep the raw samples of a long run even if it is interrupted
      mkdirSync(path.join(bench, 'results'), { recursive: true });
      writeFileSync(path.join(bench, 'results/runtime-partial.tmp'), JSON.stringify({ raw, pairedFloor, errors }));
    }
  } finally {
    await browser.close();
  }

  const metrics = ['buttonsCold', 'buttonsWarm', 'labelUpdate', 'variantChange', 'fieldsCold', 'fieldsWarm', 'npsCold', 'npsWarm'];
  const summary = {};
  for (const library of LIBRARIES) {
    summary[library.id] = { name: library.name, version: library.version, ms: {}, ratio: {} };
    for (const metric of metrics) {
      const ms = raw[library.id].map((sample) => sample[metric]);
      // ratio per repetition against the paired floor, then the median of those ratios
      const ratios = raw[library.id].map((sample, index) => sample[metric] / pairedFloor[library.id][index]?.[metric]);
      summary[library.id].ms[metric] = median(ms);
      summary[library.id].ratio[metric] = median(ratios);
    }
    if (errors[library.id]) summary[library.id].error = errors[library.id];
  }
  return { reps: REPS, coldPages: COLD_EXTRA + 1, n: { buttons: 1000, fields: 1000, nps: 100 }, libraries: summary, raw, pairedFloor };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Server rendering (own process, NODE_ENV=production)
// ---------------------------------------------------------------------------------------------------------------
function measureSsr() {
  const output = execFileSync(process.execPath, [path.join(bench, 'ssr.mjs')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

// ---------------------------------------------------------------------------------------------------------------
if (only.has('sizes')) results.sizes = await measureSizes();
if (only.has('runtime')) results.runtime = await measureRuntime();
if (only.has('ssr')) results.ssr = measureSsr();
if (!results.machine.chromium) {
  const version = spawnSync(chromiumPath() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  results.machine.chromium = version?.match(/[\d.]+/)?.[0];
}
results.machine.loadAverageAfter = os.loadavg().map((value) => Number(value.toFixed(2)));

// `--only sizes` (or ssr) on its own: merged into the recorded run, which keeps its date and machine; the bytes carry
// their own date (`--reason "…"` says why they were re-measured).
const latestFile = path.join(bench, 'results/latest.json');
if (!subset && !only.has('runtime') && existsSync(latestFile)) {
  const previous = JSON.parse(readFileSync(latestFile, 'utf8'));
  if (only.has('sizes')) {
    results.sizes.measured = { date: results.date, loadAverage: results.machine.loadAverage, reason: option('reason', undefined) };
  }
  for (const part of ['sizes', 'runtime', 'ssr']) if (!only.has(part)) results[part] = previous[part];
  Object.assign(results, { date: previous.date, machine: previous.machine });
}

mkdirSync(path.join(bench, 'results'), { recursive: true });
const markdown = renderMarkdown(results);
if (subset) {
  writeFileSync(path.join(bench, 'results/subset.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown);
  log('wrote bench/results/subset.json (a --libraries run does not replace latest.json or the docs)');
  process.exit(0);
}
writeFileSync(latestFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(bench, 'results/latest.md'), markdown);
writeDocs(markdown);
console.log(markdown);
log('wrote bench/results/latest.json');
