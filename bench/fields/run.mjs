// Lean fields (#17 item 7): 1,000 labelled text fields with a hint, mounted in headless Chromium, beside a floor (React
// rendering the same DOM shape with plain elements: wrapper, label[for], hint, input with aria-describedby) and
// hds-react's TextInput, in one run. Cold = the first mount in a fresh page (styles injected, code compiled); warm =
// unmount and mount the same tree again in the same page. Goal: Polku warm ≤ 1.1× the floor warm.
// Writes bench/results/fields.json and .md and the "Text fields: mount" section of docs/benchmarks.md.
//
//   node bench/fields/run.mjs [--reps 8] [--warm 7] [--libraries floor,polku] [--skip-install] [--no-docs]
//                             [--baseline <git ref>]   (adds Polku's TextField at that commit to the same run: before/after)
//   node bench/fields/run.mjs --profile [polku,floor]   (CPU profile of warm mounts, unminified pages; prints the
//                                                        heaviest functions and writes results/fields-profile.json)
//   node bench/fields/run.mjs --report   (rewrites the .md and the docs section from fields.json, measuring nothing)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { dedupe, polkuResolver, root, sourcePlugins } from '@polku/tooling/size';
import { styledTemplates } from '@polku/tooling/styled-templates';
import { writeDocsSection } from '../lib/report.mjs';

const bench = path.join(root, 'bench');
const here = path.join(bench, 'fields');
// generated pages live under node_modules, so neither git nor ESLint looks at them
const out = path.join(bench, 'node_modules/.polku-bench/fields');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const flag = (name) => args.includes(`--${name}`);
const REPS = Number(option('reps', 8));
const WARM_ROUNDS = Number(option('warm', 7));
const GOAL_RATIO = 1.1;
const N_FIELDS = 1000;
const log = (...parts) => console.log('[bench:fields]', ...parts);

// hds-react comes from bench/package.json (outside the workspace), installed on demand like the other peers
const benchRequire = createRequire(path.join(bench, 'package.json'));
const rootRequire = createRequire(path.join(root, 'package.json'));
const hasPackage = (name) => existsSync(path.join(bench, 'node_modules', name, 'package.json'));
if (!hasPackage('hds-react') && !flag('skip-install') && !flag('report')) {
  log('$ npm install --prefer-offline (bench/)');
  spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
}
const versionOf = (require, name) => {
  for (const dir of require.resolve.paths(name) ?? []) {
    const file = path.join(dir, name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return undefined;
};

const ALL = [
  { id: 'floor', name: 'floor: React, `<div><label for><div hint><input aria-describedby>`, static CSS', adapter: 'floor.jsx', baseDir: root },
  { id: 'polku', name: 'Polku TextField (label + hint, from sources)', adapter: 'polku.jsx', baseDir: root, plugins: sourcePlugins(), css: 'polku' },
  { id: 'hds', name: 'hds-react TextInput (label + helperText)', adapter: 'hds.jsx', baseDir: bench, requires: 'hds-react' },
];
// --baseline <ref>: packages/react/src at that commit, unpacked under packages/react/node_modules (so its imports resolve
// like the package's own), bundled the same way as the current sources
const baselineRef = option('baseline', undefined);
const baseDir = path.join(root, 'packages/react/node_modules/.polku-bench-base');
if (baselineRef) {
  rmSync(baseDir, { recursive: true, force: true });
  mkdirSync(baseDir, { recursive: true });
  const archive = spawnSync('git', ['archive', baselineRef, 'packages/react/src'], { cwd: root, maxBuffer: 1 << 28 });
  if (archive.status !== 0) throw new Error(`git archive ${baselineRef}: ${archive.stderr}`);
  spawnSync('tar', ['-x', '-C', baseDir], { input: archive.stdout });
  const commit = spawnSync('git', ['rev-parse', '--short', baselineRef], { cwd: root, encoding: 'utf8' }).stdout.trim();
  ALL.splice(2, 0, {
    id: 'polku-baseline',
    name: `Polku TextField at ${commit} (label + hint, from sources)`,
    adapter: 'polku.jsx',
    baseDir: root,
    plugins: [polkuResolver({ '@polku/react': path.join(baseDir, 'packages/react/src/index.ts') }), styledTemplates({ prefix: 'polku', root: baseDir })],
    css: 'polku',
  });
}
const chosen = option('libraries', undefined)?.split(',');
const LIBRARIES = ALL.filter((library) => {
  if (chosen && library.id !== 'floor' && library.id !== 'polku-baseline' && !chosen.includes(library.id)) return false;
  if (!library.requires || hasPackage(library.requires)) return true;
  log(`${library.name} left out: ${library.requires} is not installed in bench/node_modules`);
  return false;
});

async function buildPage(library, { minify = true } = {}) {
  const dir = path.join(out, `${library.id}${minify ? '' : '-profile'}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const adapterFile = path.join(here, 'pages', library.adapter);
  await esbuild.build({
    entryPoints: { page: path.join(here, 'pages/harness.jsx') },
    outdir: dir,
    bundle: true,
    minify,
    format: 'iife', // a classic script: Chromium refuses module scripts from file:// URLs
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl', '.png': 'empty' },
    plugins: [
      { name: 'adapter', setup: (build) => build.onResolve({ filter: /^fields-adapter$/ }, () => ({ path: adapterFile })) },
      ...(library.plugins ?? []),
      dedupe(['react', 'react-dom', 'styled-components'], library.baseDir),
    ],
  });
  const links = [];
  if (library.css === 'polku') {
    cpSync(path.join(root, 'packages/tokens/dist/css/polku.css'), path.join(dir, 'polku.css'));
    links.push('polku.css');
  }
  if (existsSync(path.join(dir, 'page.css'))) links.push('page.css');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en" data-polku-theme="light"><head><meta charset="utf-8"><title>fields ${library.id}</title>` +
      `${links.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head>` +
      '<body><div id="root"></div><script src="page.js"></script></body></html>',
  );
  return pathToFileURL(path.join(dir, 'index.html')).href;
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let pageError;
  page.on('pageerror', (error) => (pageError ??= String(error.message).slice(0, 300)));
  await page.goto(url);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 15_000 });
  return { context, page, error: () => pageError };
}

/**
 * One page: the first mount (cold), then WARM_ROUNDS of unmount and mount again (warm). Each mount is timed twice: wall
 * time inside the page (performance.now() around render + forced layout) and the main thread's CPU time over the same
 * call (the DevTools protocol's TaskDuration in thread ticks), which a busy shared machine inflates far less.
 */
async function measurePage(browser, url) {
  const { context, page, error } = await openPage(browser, url);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const timed = async (step) => {
      const before = await taskSeconds();
      const wall = await page.evaluate((name) => window.__bench[name](), step);
      return { wall, cpu: ((await taskSeconds()) - before) * 1000 };
    };
    await page.evaluate(() => window.__bench.prepare());
    const cold = await timed('mount');
    const warm = [];
    const unmount = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      await page.evaluate(() => window.__bench.settle());
      unmount.push(await timed('unmount'));
      await page.evaluate(() => window.__bench.settle());
      warm.push(await timed('mount'));
    }
    const { inputs, labelled, described } = await page.evaluate(() => window.__bench.check());
    if (error()) throw new Error(error());
    if (inputs !== N_FIELDS || labelled !== N_FIELDS || described !== N_FIELDS) {
      throw new Error(`rendered ${inputs} inputs, ${labelled} labelled, ${described} described by the hint; expected ${N_FIELDS} each`);
    }
    return { cold, warm, unmount };
  } finally {
    await context.close();
  }
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const median = (values) => quantile(values, 0.5);
const round2 = (value) => (value === undefined || Number.isNaN(value) ? undefined : Math.round(value * 100) / 100);
const load = () => os.loadavg().map((value) => Number(value.toFixed(2)));

async function main() {
  const { chromium } = rootRequire('playwright');
  const pages = {};
  try {
    for (const library of LIBRARIES) pages[library.id] = await buildPage(library);
  } finally {
    rmSync(baseDir, { recursive: true, force: true }); // the baseline's sources are in its page now (or failed to build)
  }
  log(`pages built: ${LIBRARIES.map((library) => library.id).join(', ')}`);
  const loadBefore = load();
  const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
  const chromiumVersion = browser.version();
  const CLOCKS = ['cpu', 'wall'];
  const empty = () => ({ cold: [], warm: [], warmPerRep: [], unmount: [] });
  const samples = Object.fromEntries(LIBRARIES.map((library) => [library.id, { cpu: empty(), wall: empty() }]));
  const errors = {};
  const loads = [];
  try {
    for (let rep = 0; rep < REPS; rep++) {
      // alternate the order, so the machine's changing load falls on every library alike
      const order = rep % 2 ? [...LIBRARIES].reverse() : LIBRARIES;
      for (const library of order) {
        try {
          const result = await measurePage(browser, pages[library.id]);
          for (const clock of CLOCKS) {
            const own = samples[library.id][clock];
            own.cold[rep] = result.cold[clock];
            own.warm.push(...result.warm.map((step) => step[clock]));
            own.warmPerRep[rep] = median(result.warm.map((step) => step[clock]));
            own.unmount.push(...result.unmount.map((step) => step[clock]));
          }
        } catch (error) {
          errors[library.id] ??= String(error.message ?? error).slice(0, 300);
          log(`rep ${rep + 1}/${REPS} ${library.id} failed: ${errors[library.id]}`);
        }
      }
      loads.push(os.loadavg()[0]);
      const line = LIBRARIES.map(
        (library) => `${library.id} ${round2(samples[library.id].cpu.warmPerRep[rep])} (wall ${round2(samples[library.id].wall.warmPerRep[rep])})`,
      ).join(', ');
      log(`rep ${rep + 1}/${REPS} warm medians, CPU ms: ${line} (load ${os.loadavg()[0].toFixed(1)})`);
    }
  } finally {
    await browser.close();
  }

  const present = (values) => values.filter((value) => Number.isFinite(value));
  const stats = (values) =>
    present(values).length ? { n: present(values).length, medianMs: round2(median(present(values))), p95Ms: round2(quantile(present(values), 0.95)) } : undefined;
  // per repetition against the floor page of the same repetition (seconds apart), then the median of those ratios
  const perRepRatio = (own, floor) => round2(median(present(own.map((value, rep) => value / floor[rep]))));
  const summary = (own, floor) => {
    const cold = stats(own.cold);
    const warm = stats(own.warm);
    if (!cold || !warm || !present(floor.warm).length) return { cold, warm, unmount: stats(own.unmount) };
    return {
      cold,
      warm,
      unmount: stats(own.unmount),
      ratio: {
        warmPerRepetition: perRepRatio(own.warmPerRep, floor.warmPerRep),
        warmMedian: round2(warm.medianMs / median(present(floor.warm))),
        warmP95: round2(warm.p95Ms / quantile(present(floor.warm), 0.95)),
        coldPerRepetition: perRepRatio(own.cold, floor.cold),
        coldMedian: round2(cold.medianMs / median(present(floor.cold))),
      },
    };
  };
  const libraries = {};
  for (const library of LIBRARIES) {
    libraries[library.id] = {
      name: library.name,
      cpu: summary(samples[library.id].cpu, samples.floor.cpu),
      wall: summary(samples[library.id].wall, samples.floor.wall),
      error: errors[library.id],
    };
  }
  const polku = libraries.polku;
  const results = {
    date: new Date().toISOString(),
    goal: `1,000 TextFields mounted warm at most ${GOAL_RATIO}× the floor (issue #17 item 7)`,
    goalMet: polku?.cpu.ratio && !polku.error ? polku.cpu.ratio.warmPerRepetition <= GOAL_RATIO : false,
    method:
      `${N_FIELDS} fields (label "Name i", hint "As in your passport i") in one list, rendered with flushSync and timed with ` +
      'performance.now() around the render plus a forced layout read (offsetHeight). A fresh browser context and page per ' +
      `library and repetition, ${REPS} repetitions in alternating library order. Cold: the page's first mount (one per ` +
      `page). Warm: ${WARM_ROUNDS} rounds of unmount, then mount the same tree again, in the same page. Each step is ` +
      'measured on two clocks: the main thread\'s CPU time over the call (DevTools protocol Performance.getMetrics ' +
      'TaskDuration with timeDomain threadTicks: render, style, layout and GC, without the time the thread waited for a ' +
      'CPU) and wall time inside the page. The goal ratio is CPU time: the median of the per-repetition ratios of warm ' +
      'medians (the floor page of the same repetition ran seconds apart); the ratio of all-sample medians and of p95s is ' +
      'beside it, and the wall-clock ratio after it. Pages are esbuild bundles with NODE_ENV=production, ' +
      'minified; Polku from its sources with the build\'s styled-template ids. Each page checks that all 1,000 inputs are ' +
      'labelled and described by their hint before a time counts.',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadAverageBefore: loadBefore,
      loadAverageAfter: load(),
      loadOneMinuteDuringRun: { min: round2(Math.min(...loads)), max: round2(Math.max(...loads)) },
      node: process.version,
      chromium: chromiumVersion,
    },
    versions: {
      react: versionOf(rootRequire, 'react'),
      'styled-components': versionOf(createRequire(path.join(root, 'packages/react/package.json')), 'styled-components'),
      'hds-react': versionOf(benchRequire, 'hds-react'),
      'react (hds page)': versionOf(benchRequire, 'react'),
      esbuild: esbuild.version,
    },
    libraries,
  };
  if (chosen) {
    console.log(renderMarkdown(results));
    log('a --libraries run is for trying a change: results/fields.json and the docs are left as they are');
    return;
  }
  const markdown = renderMarkdown(results);
  mkdirSync(path.join(bench, 'results'), { recursive: true });
  writeFileSync(path.join(bench, 'results/fields.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(bench, 'results/fields.md'), markdown);
  log('wrote bench/results/fields.json and fields.md');
  if (!flag('no-docs')) writeDocs(markdown);
  console.log(markdown);
}

// ---------------------------------------------------------------------------------------------------------------
// CPU profile (--profile): where a warm mount's time goes, per function, from the DevTools protocol's sampling profiler
// ---------------------------------------------------------------------------------------------------------------
const PROFILE_ROUNDS = 30;

function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let counted = 0;
  const { samples, timeDeltas } = profile;
  for (let index = 0; index < samples.length; index++) {
    const ms = (timeDeltas[index + 1] ?? 0) / 1000; // the time until the next sample belongs to this one
    const node = nodes.get(samples[index]);
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
      self.set(name, (self.get(name) ?? 0) + ms);
      continue;
    }
    counted += ms;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const key = keyOf(nodes.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([fn, ms]) => ({ fn, ms: round2(ms) }));
  return { scriptMs: round2(counted), self: top(self, 40), total: top(total, 60) };
}

async function profileLibraries(ids) {
  const { chromium } = rootRequire('playwright');
  const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
  const profiles = {};
  try {
    for (const library of LIBRARIES.filter((entry) => ids.includes(entry.id))) {
      const url = await buildPage(library, { minify: false });
      const { context, page } = await openPage(browser, url);
      await page.evaluate(() => window.__bench.repeat(3)); // warm-up: styles injected, code compiled
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.evaluate((rounds) => window.__bench.repeat(rounds), PROFILE_ROUNDS);
      const { profile } = await cdp.send('Profiler.stop');
      await context.close();
      profiles[library.id] = { rounds: PROFILE_ROUNDS, ...summarise(profile) };
      log(`${library.id}: ${profiles[library.id].scriptMs} ms of script in ${PROFILE_ROUNDS} unmount + mount rounds`);
      console.log('  self time:');
      for (const { fn, ms } of profiles[library.id].self.slice(0, 25)) console.log(`    ${String(ms).padStart(8)} ms  ${fn}`);
      console.log('  total time (with callees):');
      for (const { fn, ms } of profiles[library.id].total.slice(0, 40)) console.log(`    ${String(ms).padStart(8)} ms  ${fn}`);
    }
  } finally {
    await browser.close();
  }
  const file = path.join(bench, 'results/fields-profile.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), load: load(), profiles }, null, 2)}\n`);
  log('wrote bench/results/fields-profile.json');
}

function renderMarkdown(results) {
  const ms = (value) => (value === undefined ? '–' : value.toFixed(1));
  const x = (value) => (value === undefined ? '–' : `${value.toFixed(2)}×`);
  const rows = Object.entries(results.libraries).map(([id, entry]) => {
    const { cpu, wall } = entry;
    if (!cpu.warm) return `| ${entry.name} | – | – | – | – | – | – | – | – | ${entry.error ?? 'no samples'} |`;
    const isFloor = id === 'floor';
    return (
      `| ${id === 'polku' ? `**${entry.name}**` : entry.name} | ${ms(cpu.cold.medianMs)} / ${ms(cpu.cold.p95Ms)} | ` +
      `${ms(cpu.warm.medianMs)} / ${ms(cpu.warm.p95Ms)} | ${isFloor ? '1.00×' : `**${x(cpu.ratio?.warmPerRepetition)}**`} | ` +
      `${isFloor ? '1.00× / 1.00×' : `${x(cpu.ratio?.warmMedian)} / ${x(cpu.ratio?.warmP95)}`} | ` +
      `${isFloor ? '1.00×' : x(cpu.ratio?.coldPerRepetition)} | ${ms(cpu.unmount?.medianMs)} | ` +
      `${ms(wall.warm?.medianMs)} / ${ms(wall.warm?.p95Ms)} | ${isFloor ? '1.00×' : x(wall.ratio?.warmPerRepetition)} | ${entry.error ?? ''} |`
    );
  });
  const polku = results.libraries.polku;
  const m = results.machine;
  const shared =
    Math.max(m.loadAverageBefore[0], m.loadAverageAfter[0]) > m.cpus
      ? `The machine was shared (1-minute load ${m.loadOneMinuteDuringRun.min}–${m.loadOneMinuteDuringRun.max} on ${m.cpus} CPUs ` +
        'during the run): wall times carry the wait for a busy CPU and swing by 2× between repetitions; CPU time and the ' +
        'ratios to the floor of the same run are the comparable numbers (CPU time still pays for caches shared with ' +
        'other processes).'
      : '';
  return [
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC, Chromium ${m.chromium}, ${m.cpus} CPUs, load average ` +
      `${m.loadAverageBefore.join(' / ')} before, ${m.loadAverageAfter.join(' / ')} after. Goal: ${results.goal}: ` +
      `**${results.goalMet ? 'met' : 'not met'}**` +
      (polku?.cpu.ratio ? ` (Polku warm ${polku.cpu.ratio.warmPerRepetition}× the floor in main-thread CPU time).` : '.'),
    '',
    '| library | CPU ms cold: median / p95 | CPU ms warm: median / p95 | warm ratio to floor | ratio of all-sample medians / p95s | cold ratio | unmount CPU ms | wall ms warm: median / p95 | wall warm ratio | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Method: ${results.method}`,
    ...(shared ? ['', shared] : []),
    '',
    `Versions: ${Object.entries(results.versions)
      .map(([name, version]) => `\`${name}\` ${version ?? '–'}`)
      .join(', ')}.`,
    '',
  ].join('\n');
}

function writeDocs(markdown) {
  const docs = path.join(root, 'docs/benchmarks.md');
  if (!existsSync(docs)) return;
  writeDocsSection(docs, {
    key: 'fields',
    heading: 'Text fields: mount',
    intro:
      '1,000 labelled text fields with a hint, mounted in headless Chromium (`pnpm bench:fields`, i.e. ' +
      '`node bench/fields/run.mjs`), beside a floor that renders the same DOM shape with plain elements and static CSS ' +
      'and hds-react\'s TextInput, in one run. The goal of #17 item 7 is Polku warm (the second mount of the same tree ' +
      'in a page, after the first one injected the styles and compiled the code) at most 1.1× the floor. ' +
      '`node bench/fields/run.mjs --profile` records a CPU profile of warm mounts (unminified pages) and lists the ' +
      'heaviest functions. The main benchmark (`pnpm bench`) also mounts 1,000 TextFields, without a hint, from the built package.',
    markdown,
  });
  log('docs/benchmarks.md updated');
}

if (flag('report')) {
  const results = JSON.parse(readFileSync(path.join(bench, 'results/fields.json'), 'utf8'));
  const markdown = renderMarkdown(results);
  writeFileSync(path.join(bench, 'results/fields.md'), markdown);
  writeDocs(markdown);
} else if (flag('profile')) {
  const ids = option('profile', 'polku,floor');
  await profileLibraries(ids && !ids.startsWith('--') ? ids.split(',') : ['polku', 'floor']);
} else {
  await main();
}
