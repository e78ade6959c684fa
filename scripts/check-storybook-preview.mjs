#!/usr/bin/env node
// @ts-check
/**
 * Size guard for the built Storybook site (issue 18 item 6). Run after `pnpm build-storybook`:
 *
 *   node scripts/check-storybook-preview.mjs [storybook-static]
 *
 * 1. The preview chunk (the largest assets/iframe-*.js, Storybook's preview runtime plus the project's preview) stays
 *    under PREVIEW_CHUNK_MAX_KB.
 * 2. A story opened first in real Chromium (Button's first story) loads no axe chunk and at most FIRST_STORY_JS_MAX_KB of JavaScript:
 *    axe is for the story test runs and the Accessibility panel's Run button, not for a designer's first look.
 *
 * Fails (exit 1) with the numbers when either is exceeded or when the build is missing. Prints the measurements.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { serveStatic } from '@polku/tooling/static-server';

/** Storybook 10's own preview runtime is ~0.8 MB minified; the ceiling catches a heavy module added to the preview. */
const PREVIEW_CHUNK_MAX_KB = 1250;
/** A first story's JavaScript without axe: 1,470 kB measured (docs/benchmarks.md); with axe it was 2,130 kB. */
const FIRST_STORY_JS_MAX_KB = 1600;

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
/** A typical first look: Button's first story (else the first story of the index). */
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const firstStory = stories.find((entry) => entry.id === 'components-button--primary') ?? stories[0];
if (!firstStory) {
  console.error('check-storybook-preview: index.json lists no story.');
  process.exit(1);
}

const server = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());
/** @type {{ url: string, bytes: number }[]} */
const scripts = [];
try {
  const page = await browser.newPage();
  // sizes from the build itself (uncompressed), for every script the page requested
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('.js')) return;
    const file = path.join(dir, decodeURIComponent(url.pathname));
    scripts.push({ url: url.pathname, bytes: fs.existsSync(file) ? fs.statSync(file).size : 0 });
  });
  await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(firstStory.id)}&viewMode=story`);
  await page.waitForSelector('#storybook-root > *', { timeout: 60_000 });
  // let afterEach hooks (where addon-a11y would run axe) and their lazy imports finish
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
} finally {
  await browser.close();
  await server.close();
}

const firstStoryBytes = scripts.reduce((sum, script) => sum + script.bytes, 0);
const axe = scripts.filter((script) => /\/axe-[^/]*\.js$/.test(script.url));
console.log(`preview chunk ${preview.name}: ${kb(preview.bytes)} kB (${kb(previewGzip)} kB gzip), ceiling ${PREVIEW_CHUNK_MAX_KB} kB`);
console.log(`first story ${firstStory.id}: ${scripts.length} scripts, ${kb(firstStoryBytes)} kB JavaScript, ceiling ${FIRST_STORY_JS_MAX_KB} kB; axe loaded: ${axe.length > 0 ? 'yes' : 'no'}`);

const failures = [];
if (kb(preview.bytes) > PREVIEW_CHUNK_MAX_KB) failures.push(`the preview chunk is ${kb(preview.bytes)} kB, over ${PREVIEW_CHUNK_MAX_KB} kB`);
if (axe.length > 0) failures.push(`the first story loaded axe (${axe.map((script) => path.basename(script.url)).join(', ')}); keep it lazy (a11y manual on the site)`);
if (kb(firstStoryBytes) > FIRST_STORY_JS_MAX_KB) failures.push(`the first story loaded ${kb(firstStoryBytes)} kB of JavaScript, over ${FIRST_STORY_JS_MAX_KB} kB`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`check-storybook-preview: ${failure}`);
  process.exit(1);
}
