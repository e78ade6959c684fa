#!/usr/bin/env node
// @ts-check
/**
 * Size guard for the built Storybook site (issue 18 item 6). Run after `pnpm build-storybook`:
 *
 *   node scripts/check-storybook-preview.mjs [storybook-static]
 *
 * 1. The preview chunk (the largest assets/iframe-*.js, Storybook's preview runtime plus the project's preview) stays
 *    under PREVIEW_CHUNK_MAX_KB.
 * 2. A story opened first in real Chromium (Button's first story) loads at most FIRST_STORY_JS_MAX_KB of JavaScript, and
 *    the site's landing page (the first entry of the index, the Introduction docs page) at most LANDING_JS_MAX_KB.
 * 3. Neither loads axe nor Storybook's module mocker: axe is for the story test runs and the Accessibility panel's Run
 *    button, not for a designer's first look; the mocker serves sb.mock() in preview.tsx, which Polku does not use
 *    (.storybook/main.ts leaves it out of the site).
 *
 * Fails (exit 1) with the numbers when one is exceeded or when the build is missing. Prints the measurements.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { serveStatic } from '@polku/tooling/static-server';

/**
 * Ceilings just above the build of 2026-12-03 (docs/benchmarks.md, Storybook site), so a regression fails. The floor is
 * Storybook's own code: its preview runtime is 786 kB minified in one prebuilt module, 1,090 kB of the 1,169 kB chunk.
 */
const PREVIEW_CHUNK_MAX_KB = 1190;
/** Button's first story: 1,446 kB measured (was 1,473 kB with the module mocker, 2,130 kB with axe). */
const FIRST_STORY_JS_MAX_KB = 1465;
/** The Introduction docs page, with the docs blocks (750 kB): 2,239 kB measured (was 2,267 kB with the module mocker). */
const LANDING_JS_MAX_KB = 2260;
/** Scripts no first page may request: axe (661 kB) and Storybook's module mocker (28 kB). */
const FORBIDDEN_SCRIPTS = [
  { pattern: /\/axe-[^/]*\.js$/, name: 'axe', fix: 'keep it lazy (a11y manual on the site, .storybook/preview.tsx)' },
  { pattern: /\/vite-inject-mocker-entry\.js$/, name: 'the module mocker', fix: 'leave it out of the site (.storybook/main.ts)' },
];

const dir = path.resolve(process.argv[2] ?? 'storybook-static');
const assets = path.join(dir, 'assets');
if (!fs.existsSync(path.join(dir, 'index.json')) || !fs.existsSync(assets)) {
  console.error(`check-storybook-preview: no built Storybook in ${dir}; run pnpm build-storybook first.`);
  process.exit(1);
}

const kb = (bytes) => Math.round(bytes / 1000);
const chunks = fs.readdirSync(assets).filter((name) => /^iframe-.*\.js$/.test(name));
const preview = chunks.map((name) => ({ name, bytes: fs.statSync(path.join(assets, name)).size })).sort((a, b) => b.bytes - a.bytes)[0];
if (!preview) {
  console.error('check-storybook-preview: no assets/iframe-*.js in the build.');
  process.exit(1);
}
const previewGzip = zlib.gzipSync(fs.readFileSync(path.join(assets, preview.name))).length;

/** @type {{ entries: Record<string, { id: string, type: string }> }} */
const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
/** A typical first look: Button's first story (else the first story of the index). */
const stories = entries.filter((entry) => entry.type === 'story');
const firstStory = stories.find((entry) => entry.id === 'components-button--primary') ?? stories[0];
/** What the site opens at its root: the first entry of the index (sorted by storySort). */
const landing = entries[0];
if (!firstStory || !landing) {
  console.error('check-storybook-preview: index.json lists no story.');
  process.exit(1);
}

/**
 * Opens one entry in a fresh page and lists every script it requested, with its size in the build (uncompressed).
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {{ id: string, type: string }} entry
 */
async function scriptsOf(browser, origin, entry) {
  /** @type {{ url: string, bytes: number }[]} */
  const scripts = [];
  const page = await browser.newPage();
  try {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.endsWith('.js')) return;
      const file = path.join(dir, decodeURIComponent(url.pathname));
      scripts.push({ url: url.pathname, bytes: fs.existsSync(file) ? fs.statSync(file).size : 0 });
    });
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
    await page.waitForSelector(viewMode === 'docs' ? '#storybook-docs > *' : '#storybook-root > *', { timeout: 60_000 });
    // let afterEach hooks (where addon-a11y would run axe) and their lazy imports finish
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
  } finally {
    await page.close();
  }
  return scripts;
}

const server = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());
/** @type {{ label: string, entry: { id: string }, ceiling: number, scripts: { url: string, bytes: number }[] }[]} */
const loads = [];
try {
  loads.push({ label: 'first story', entry: firstStory, ceiling: FIRST_STORY_JS_MAX_KB, scripts: await scriptsOf(browser, server.origin, firstStory) });
  loads.push({ label: 'landing page', entry: landing, ceiling: LANDING_JS_MAX_KB, scripts: await scriptsOf(browser, server.origin, landing) });
} finally {
  await browser.close();
  await server.close();
}

const failures = [];
console.log(`preview chunk ${preview.name}: ${kb(preview.bytes)} kB (${kb(previewGzip)} kB gzip), ceiling ${PREVIEW_CHUNK_MAX_KB} kB`);
if (kb(preview.bytes) > PREVIEW_CHUNK_MAX_KB) failures.push(`the preview chunk is ${kb(preview.bytes)} kB, over ${PREVIEW_CHUNK_MAX_KB} kB`);
for (const { label, entry, ceiling, scripts } of loads) {
  const total = kb(scripts.reduce((sum, script) => sum + script.bytes, 0));
  const forbidden = FORBIDDEN_SCRIPTS.map((rule) => ({ ...rule, hits: scripts.filter((script) => rule.pattern.test(script.url)) }));
  const loaded = forbidden.filter((rule) => rule.hits.length > 0).map((rule) => rule.name);
  console.log(`${label} ${entry.id}: ${scripts.length} scripts, ${total} kB JavaScript, ceiling ${ceiling} kB; axe or module mocker loaded: ${loaded.join(', ') || 'no'}`);
  if (total > ceiling) failures.push(`the ${label} loaded ${total} kB of JavaScript, over ${ceiling} kB`);
  for (const rule of forbidden) {
    if (rule.hits.length > 0) failures.push(`the ${label} loaded ${rule.name} (${rule.hits.map((script) => path.basename(script.url)).join(', ')}); ${rule.fix}`);
  }
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`check-storybook-preview: ${failure}`);
  process.exit(1);
}
