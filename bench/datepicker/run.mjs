// Opening a date picker: the time from a click on the calendar button to the first painted frame with the month grid,
// in headless Chromium, after the page's first paint. Beside a floor (a static HTML table of the same month, unhidden
// by the click) and react-aria-components' DatePicker in the same run; plus the JS each costs (gz) beside
// suomifi-ui-components' DateInput. Goal (#16): Polku at most one frame (16.7 ms).
// Writes bench/results/datepicker.json and the "Date picker" section of docs/benchmarks.md.
//
//   node bench/datepicker/run.mjs [--pages 5] [--opens 8] [--skip-install] [--no-docs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { writeDocsSection } from '../lib/report.mjs';
import { REACT_EXTERNALS, STYLED_EXTERNALS, dedupe, entryFor, measureEntry, root, sourcePlugins } from '@polku/tooling/size';

const bench = path.join(root, 'bench');
const pagesDir = path.join(bench, 'datepicker/pages');
const out = path.join(bench, 'node_modules/.polku-bench/datepicker'); // generated: neither git nor ESLint reads it
const args = process.argv.slice(2);
const numberOption = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const PAGES = numberOption('pages', 5);
const OPENS = numberOption('opens', 8);
const FRAME_MS = 16.7;
const log = (...parts) => console.log('[bench:datepicker]', ...parts);

const benchRequire = createRequire(path.join(bench, 'package.json'));
const rootRequire = createRequire(path.join(root, 'package.json'));
const installed = (name) => existsSync(path.join(bench, 'node_modules', name, 'package.json'));
if (!installed('react-aria-components') && !args.includes('--skip-install')) {
  spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
}
const version = (require, name) => {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/** The floor's month: March 2027 (1 March is a Monday), a plain table that the click only unhides. */
function staticMonth() {
  const days = Array.from({ length: 35 }, (_, index) => (index < 31 ? index + 1 : null));
  const rows = Array.from({ length: 5 }, (_, week) =>
    `<tr>${days
      .slice(week * 7, week * 7 + 7)
      .map((day) => (day ? `<td tabindex="${day === 10 ? 0 : -1}">${day}</td>` : '<td></td>'))
      .join('')}</tr>`,
  ).join('');
  const head = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((day) => `<th scope="col">${day}</th>`).join('');
  return (
    '<label for="date">Appointment date</label> <input id="date" value="10/03/2027"> ' +
    '<button type="button" data-bench-open>Choose date</button>' +
    `<div id="calendar" hidden><h2>March 2027</h2><table role="grid"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

const LIBRARIES = [
  { id: 'floor', name: 'floor: static HTML table of the month', entry: 'floor.js', body: staticMonth(), baseDir: root },
  { id: 'polku', name: 'Polku DatePicker (from sources)', entry: 'polku.jsx', baseDir: root, plugins: sourcePlugins() },
  { id: 'react-aria', name: 'react-aria-components DatePicker', entry: 'react-aria.jsx', baseDir: bench, needs: 'react-aria-components' },
].filter((library) => !library.needs || installed(library.needs) || (log(`${library.name} left out: not installed`), false));

async function buildPage(library) {
  const dir = path.join(out, library.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await esbuild.build({
    entryPoints: { page: path.join(pagesDir, library.entry) },
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'iife', // Chromium refuses module scripts from file:// URLs
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [...(library.plugins ?? []), dedupe(['react', 'react-dom', 'styled-components'], library.baseDir)],
  });
  const css = library.id === 'polku' ? `<link rel="stylesheet" href="${pathToFileURL(path.join(root, 'packages/tokens/dist/css/polku.css')).href}">` : '';
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en" data-polku-theme="light"><head><meta charset="utf-8"><title>date picker</title>${css}</head>` +
      `<body><div id="root">${library.body ?? ''}</div><script src="page.js"></script></body></html>`,
  );
  return pathToFileURL(path.join(dir, 'index.html')).href;
}

/** One page load: OPENS times click the button, wait for the sample, Escape, wait for the grid to go. */
async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let pageError;
  page.on('pageerror', (error) => (pageError ??= String(error.message).slice(0, 300)));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 15_000 });
    for (let open = 1; open <= OPENS; open++) {
      await page.locator('[data-bench-open]').click();
      await page.waitForFunction((n) => window.__probe.samples.length >= n, open, { timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('[role="grid"]')?.getClientRects().length, null, { timeout: 10_000 });
      await page.waitForTimeout(150);
    }
    if (pageError) throw new Error(pageError);
    return await page.evaluate(() => window.__probe.samples);
  } finally {
    await context.close().catch(() => {});
  }
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1))];
const round2 = (value) => (value === undefined ? undefined : Math.round(value * 100) / 100);
const summary = (values) =>
  values.length ? { samples: values.length, medianMs: round2(quantile(values, 0.5)), p95Ms: round2(quantile(values, 0.95)), maxMs: round2(Math.max(...values)) } : undefined;

async function measureTimes() {
  const { chromium } = rootRequire('playwright');
  const urls = {};
  for (const library of LIBRARIES) urls[library.id] = await buildPage(library);
  const first = Object.fromEntries(LIBRARIES.map((library) => [library.id, []]));
  const later = Object.fromEntries(LIBRARIES.map((library) => [library.id, []]));
  const errors = {};
  let chromiumVersion;
  for (let rep = 0; rep < PAGES; rep++) {
    for (const library of rep % 2 ? [...LIBRARIES].reverse() : LIBRARIES) {
      // a browser per page load: a crash on the loaded machine costs one sample, not the run
      const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
      chromiumVersion ??= browser.version();
      try {
        const [opening, ...rest] = await measurePage(browser, urls[library.id]);
        first[library.id].push(opening);
        later[library.id].push(...rest);
        log(`page ${rep + 1}/${PAGES} ${library.id}: first open ${round2(opening)} ms, later median ${round2(quantile(rest, 0.5))} ms`);
      } catch (error) {
        errors[library.id] ??= String(error.message ?? error).slice(0, 300);
        log(`page ${rep + 1}/${PAGES} ${library.id} failed: ${errors[library.id]}`);
      } finally {
        await browser.close().catch(() => {});
      }
    }
  }
  return { chromium: chromiumVersion, first, later, errors };
}

async function measureBytes() {
  const gz = async (code, options) => (await measureEntry({ code, ...options })).jsGz;
  const withStyled = [...REACT_EXTERNALS];
  const withoutStyled = [...REACT_EXTERNALS, ...STYLED_EXTERNALS];
  const polku = { plugins: [...sourcePlugins(), dedupe(['react', 'react-dom', 'styled-components'], root)] };
  const ariaEntry =
    "export { DatePicker, DateInput, DateSegment, Group, Label, Button, Popover, Dialog, Calendar, CalendarGrid, CalendarCell, Heading } from 'react-aria-components';";
  const suomifiEntry = "export { DateInput } from 'suomifi-ui-components';";
  const bytes = {
    polku: {
      beyondReactAndStyled: await gz(entryFor(['DatePicker']), { ...polku, external: withoutStyled }),
      withStyled: await gz(entryFor(['DatePicker']), { ...polku, external: withStyled }),
    },
  };
  if (installed('react-aria-components')) {
    bytes['react-aria'] = { beyondReact: await gz(ariaEntry, { resolveDir: bench, external: withStyled }) };
  }
  if (installed('suomifi-ui-components')) {
    bytes.suomifi = {
      beyondReactAndStyled: await gz(suomifiEntry, { resolveDir: bench, external: withoutStyled }),
      withStyled: await gz(suomifiEntry, { resolveDir: bench, external: withStyled }),
    };
  }
  return bytes;
}

function renderMarkdown(results) {
  const kb = (bytes) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
  const times = Object.entries(results.libraries).map(([id, entry]) => {
    if (!entry.later) return `| ${entry.name} | – | – | – | – | ${entry.error ?? 'no samples'} |`;
    const ratio = id === 'floor' ? '1×' : `${entry.ratioToFloor}×`;
    return `| ${entry.name} | ${entry.first.medianMs} | ${entry.later.medianMs} | ${entry.later.p95Ms} | ${ratio} | ${entry.first.samples} pages, ${entry.later.samples} later opens${entry.error ? ` (${entry.error})` : ''} |`;
  });
  const { polku, suomifi } = results.bytes;
  const aria = results.bytes['react-aria'];
  return [
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC, Chromium ${results.machine.chromium}, ${results.machine.cpus} CPUs ` +
      `(load ${results.machine.loadAverage.join(' / ')}). Goal: ${results.goal}: **${results.goalMet ? 'met' : 'not met'}**.`,
    '',
    '| library | first open, median ms | later opens, median ms | later opens, p95 ms | later median / floor | samples |',
    '| --- | --- | --- | --- | --- | --- |',
    ...times,
    '',
    '| JS, KB gz (react and react-dom external) | beyond react + styled-components | with styled-components |',
    '| --- | --- | --- |',
    `| Polku DatePicker (from sources) | ${kb(polku.beyondReactAndStyled)} | ${kb(polku.withStyled)} |`,
    `| react-aria-components DatePicker (its parts, no styles) | ${kb(aria?.beyondReact)} (uses no styled-components) | ${kb(aria?.beyondReact)} |`,
    `| suomifi-ui-components DateInput ${results.versions['suomifi-ui-components'] ?? ''} | ${kb(suomifi?.beyondReactAndStyled)} | ${kb(suomifi?.withStyled)} |`,
    '',
    `Method: ${results.method}`,
    '',
  ].join('\n');
}

function writeDocs(markdown) {
  writeDocsSection(path.join(root, 'docs/benchmarks.md'), {
    key: 'datepicker',
    heading: 'Date picker',
    intro:
      'Opening the calendar of a date picker, from the click on its button to the first painted frame with the month ' +
      'grid, in headless Chromium after the page has painted (`node bench/datepicker/run.mjs`). The floor is a static ' +
      'HTML table of the same month that the click only unhides: what any calendar costs at the least (a native ' +
      '`<input type="date">` picker is drawn by the browser outside the page, so it cannot be timed the same way). ' +
      'Timed numbers live here and in `bench/results/datepicker.json`, never in unit tests.',
    markdown,
  });
  log('docs/benchmarks.md updated');
}

const timing = await measureTimes();
const bytes = await measureBytes();
const libraries = {};
const floorMedian = summary(timing.later.floor ?? [])?.medianMs;
for (const library of LIBRARIES) {
  const later = summary(timing.later[library.id]);
  libraries[library.id] = {
    name: library.name,
    first: summary(timing.first[library.id]),
    later,
    ratioToFloor: later && floorMedian ? round2(later.medianMs / floorMedian) : undefined,
    error: timing.errors[library.id],
  };
}
const polkuTimes = libraries.polku;
const results = {
  date: new Date().toISOString(),
  goal: `Polku's calendar painted at most one frame (${FRAME_MS} ms) after the click, first and later opens (p95 of later opens) (issue #16)`,
  goalMet: Boolean(polkuTimes?.later && !polkuTimes.error && polkuTimes.first.medianMs <= FRAME_MS && polkuTimes.later.p95Ms <= FRAME_MS),
  method:
    `${PAGES} page loads per library in alternating order; once a page is idle after its first paint, ${OPENS} opens ` +
    '(150 ms apart, closed with Escape); the first open ' +
    'of a page is reported on its own. A sample: the click event.timeStamp (read on window in the capture phase) to a ' +
    'message posted from the requestAnimationFrame callback after the grid (role="grid") became visible (it arrives ' +
    'after that frame painted). Headless Chromium paints at about 60 Hz, so every figure includes the wait for the ' +
    'next frame; the floor shows that share. Bytes: esbuild, minified, gzip level 9, react and react-dom external.',
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
    chromium: timing.chromium,
  },
  versions: {
    react: version(rootRequire, 'react'),
    '@internationalized/date': version(createRequire(path.join(root, 'packages/react/package.json')), '@internationalized/date'),
    'react-aria-components': version(benchRequire, 'react-aria-components'),
    'suomifi-ui-components': version(benchRequire, 'suomifi-ui-components'),
    esbuild: esbuild.version,
  },
  libraries,
  bytes,
};
const markdown = renderMarkdown(results);
mkdirSync(path.join(bench, 'results'), { recursive: true });
writeFileSync(path.join(bench, 'results/datepicker.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results/datepicker.json');
if (!args.includes('--no-docs')) writeDocs(markdown);
console.log(markdown);
