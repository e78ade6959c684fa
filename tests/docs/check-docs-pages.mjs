#!/usr/bin/env node
// Opens every docs entry of the built Storybook (storybook-static, from `pnpm build-storybook`) in Chromium and fails
// when a page shows an error, renders no content, prints raw Markdown (pipe tables, literal `**`, `#` heading markers)
// or renders fewer tables than its MDX source has. Issue 18: 37 of 61 pages printed their tables as pipe text and two
// did not render at all, while every story passed.
// Usage: node tests/docs/check-docs-pages.mjs [storybook-static] [--only=<id substring>]
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { serveStatic } from '../consumers/lib.mjs';
import { inspectDocsPage } from './inspect-docs-page.mjs';
import { countSourceTables } from './mdx-source.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const staticDir = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? 'storybook-static');
/** Tabs open at once: enough to overlap network and rendering, few enough for a 2-core machine. */
const TABS = 4;
/** Generous: a loaded 2-core machine renders a docs page with many stories in 5–20 s. */
const RENDER_TIMEOUT_MS = 60_000;

const indexFile = path.join(staticDir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`✖ ${path.relative(root, indexFile)} not found: run \`pnpm build-storybook\` first.`);
  process.exit(1);
}
const ageMinutes = Math.round((Date.now() - statSync(indexFile).mtimeMs) / 60_000);
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries).filter(
  (entry) => entry.type === 'docs' && (!only || entry.id.includes(only)),
);
if (entries.length === 0) {
  console.error(`✖ No docs entries in ${path.relative(root, indexFile)}${only ? ` matching "${only}"` : ''}.`);
  process.exit(1);
}

const started = Date.now();
const server = await serveStatic(staticDir);
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
const failures = [];
try {
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: Math.min(TABS, queue.length) }, async () => {
      const page = await browser.newPage();
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const t0 = Date.now();
        const problems = await checkEntry(page, entry);
        if (process.env.DOCS_TIMING) console.log(entry.id, Date.now() - t0);
        if (problems.length > 0) failures.push({ entry, problems });
      }
      await page.close();
    }),
  );
} finally {
  await browser.close();
  await server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const built = `build ${ageMinutes} min old`;
if (failures.length > 0) {
  failures.sort((a, b) => a.entry.importPath.localeCompare(b.entry.importPath));
  for (const { entry, problems } of failures) {
    console.error(`\n✖ ${entry.importPath} (${entry.id}):`);
    for (const problem of problems) console.error(`    ${problem}`);
  }
  console.error(`\n✖ ${failures.length} of ${entries.length} docs pages failed (${seconds}s, ${built}).`);
  process.exit(1);
}
console.log(`✔ ${entries.length} docs pages render without errors or raw Markdown (${seconds}s, ${built}).`);

/** Opens one docs entry and lists what is wrong with it (empty when nothing is). */
async function checkEntry(page, entry) {
  const pageErrors = [];
  const onError = (error) => pageErrors.push(error.message.split('\n')[0]);
  page.on('pageerror', onError);
  try {
    await page.goto(`${server.url}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
    const settled = await page
      .waitForFunction(settledInPage, undefined, { timeout: RENDER_TIMEOUT_MS, polling: 100 })
      .then(() => true, () => false);
    const report = await page.evaluate(inspectDocsPage);
    const problems = pageErrors.map((message) => `page error: ${message}`);
    if (!settled) problems.push(`did not finish rendering within ${RENDER_TIMEOUT_MS / 1000}s`);
    if (report.error) problems.push(`Storybook shows an error: ${report.error}`);
    else if (!report.hasContent) problems.push('the docs page rendered no content');
    for (const raw of report.rawMarkdown) problems.push(`raw Markdown ${raw.kind}: "${raw.text}"`);
    const source = entry.importPath.endsWith('.mdx') ? path.join(root, entry.importPath) : undefined;
    const expectedTables = source && existsSync(source) ? countSourceTables(readFileSync(source, 'utf8')) : 0;
    if (!report.error && report.tables < expectedTables) {
      problems.push(`${expectedTables} Markdown tables in the source, ${report.tables} rendered as <table>`);
    }
    return problems;
  } finally {
    page.off('pageerror', onError);
  }
}

/** True once Storybook shows its error screen, or the docs content is there and every story block has rendered. */
function settledInPage() {
  if (document.body.classList.contains('sb-show-errordisplay')) return true;
  const content = document.querySelector('#storybook-docs .sbdocs-content');
  if (!content || content.textContent.trim() === '') return false;
  return [...content.querySelectorAll('.docs-story [id^="story--"][id$="-inner"]')].every((s) => s.childElementCount > 0);
}
