// Independent keyboard sweep over a static Storybook (issue #16 "Done means"): for every story of the new components,
// Tab through it (each stop must change what is drawn around the focused element), check every pointer target is
// 24x24 CSS px or spaced (WCAG 2.5.8), then the APG keys per role (combobox, listbox, grid, menu, dialog).
// Prints a findings table; exits 1 on any finding.
//
//   node tests/keyboard-sweep/sweep.mjs [storybook-static dir] [--only <id substring>] [--workers 2]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { serveStatic } from '../consumers/lib.mjs';
import { checkCalendarGrid, checkCombobox, checkDialogTrigger, checkMenuButton } from './roles.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dir = path.resolve(args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(here, '../../storybook-static'));
const ONLY = option('only', '');
const WORKERS = Number(option('workers', 2));
const MAX_STOPS = 30;
/** Pixels that must change inside the focused element's box (+6 px) when it takes focus: a 1 px ring round 24 px is ~100. */
const MIN_CHANGED_PIXELS = 20;
const COMPONENTS = ['Combobox', 'DateInput', 'DatePicker', 'Menu', 'Popover', 'LanguageMenu', 'ServiceHeader', 'FileInput', 'NumberField', 'SearchField'];
const helpers = readFileSync(path.join(here, 'page-helpers.js'), 'utf8');

const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
const componentOf = (entry) => COMPONENTS.find((name) => entry.importPath.includes(`/packages/react/src/${name}/`));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && componentOf(entry) && entry.id.includes(ONLY));
const missing = ONLY ? [] : COMPONENTS.filter((name) => !stories.some((entry) => componentOf(entry) === name));

const pad = (r, by) => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

async function openStory(page, url, id) {
  await page.goto(`${url}iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
  // the story's play function runs first: the sweep starts from the state a visitor sees
  await page
    .waitForFunction(() => ['played', 'completed', 'finished', 'errored', 'aborted'].includes(window.__sweep.renderPhase()), null, { timeout: 15_000 })
    .catch(() => {});
  await page.waitForTimeout(150);
  return page.evaluate(() => window.__sweep.renderPhase());
}

/** Tab from the top of the story to its end; every stop must show a focus change. */
async function tabSweep(page) {
  const findings = [];
  const stops = [];
  // Tab from the top: a focused, then removed, first element moves the sequential focus starting point there (a blur
  // alone leaves it where the play function ended)
  await page.evaluate(() => {
    scrollTo(0, 0);
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.sweepStart = '';
    document.body.prepend(start);
    start.focus();
  });
  const shot = async () => (await page.screenshot({ animations: 'disabled', caret: 'hide' })).toString('base64');
  let before = await shot();
  let beforeScroll = { x: 0, y: 0 };
  let previous;
  const seen = new Set();
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.querySelector('[data-sweep-start]')?.remove());
    const info = await page.evaluate(() => window.__sweep.focusInfo());
    if (info.isBody || info.inChrome || seen.has(info.key)) break;
    seen.add(info.key);
    stops.push(info.desc);
    const after = await shot();
    let changed = null;
    if (info.scroll.x === beforeScroll.x && info.scroll.y === beforeScroll.y) {
      changed = await page.evaluate(([a, b, r, e]) => window.__sweep.changedPixels(a, b, r, e), [before, after, pad(info.rect, 6), previous && pad(previous, 6)]);
    }
    if (changed === null || changed < MIN_CHANGED_PIXELS) {
      // Tab scrolled, or the previous stop's ring overlaps this one: compare with the element blurred, then focus it again
      await page.evaluate(() => document.activeElement.blur());
      const blurred = await shot();
      await page.evaluate((k) => document.querySelector(`[data-sweep-key="${k}"]`)?.focus(), info.key);
      const rect = (await page.evaluate(() => window.__sweep.focusInfo())).rect ?? info.rect;
      changed = await page.evaluate(([a, b, r]) => window.__sweep.changedPixels(a, b, r, null), [blurred, after, pad(rect, 6)]);
    }
    if (changed < MIN_CHANGED_PIXELS) findings.push(['focus visible', `Tab stop ${i + 1} ${info.desc}: no visible focus change (${changed} px changed)`]);
    before = after;
    beforeScroll = info.scroll;
    previous = info.rect;
  }
  return { findings, stops };
}

/** Role checks run, per role, over the whole sweep (printed, so a pass shows what was exercised). */
const ran = {};
const count = (role, n) => (ran[role] = (ran[role] ?? 0) + n);

async function roleChecks(page) {
  const findings = [];
  const describeKey = (key) => page.evaluate((k) => window.__sweep.describe(document.querySelector(`[data-sweep-key="${k}"]`)), key);
  const candidates = (selector) =>
    page.evaluate(
      (s) => [...document.querySelectorAll(s)].filter((el) => window.__sweep.visible(el) && !el.disabled && el.getAttribute('aria-disabled') !== 'true').map((el) => window.__sweep.keyOf(el)),
      selector,
    );
  const comboboxes = await candidates('[role="combobox"]');
  const menuButtons = await candidates('button[aria-haspopup="menu"], button[aria-haspopup="true"]');
  const dialogButtons = await candidates('button[aria-haspopup="dialog"]');
  count('combobox', comboboxes.length);
  count('menu button', menuButtons.length);
  count('dialog / calendar trigger', dialogButtons.length);
  for (const key of comboboxes) findings.push(...(await checkCombobox(page, key, await describeKey(key))).map((f) => ['combobox / listbox', f]));
  for (const key of menuButtons) findings.push(...(await checkMenuButton(page, key, await describeKey(key))).map((f) => ['menu', f]));
  for (const key of dialogButtons) {
    findings.push(...(await checkDialogTrigger(page, key, await describeKey(key), checkCalendarGrid)).map((f) => [f.includes('grid') || f.includes('Arrow') || f.includes('Page') || f.includes('Home') ? 'grid' : 'dialog', f]));
  }
  // Popover triggers and disclosures: aria-expanded + aria-controls, not a combobox's, menu's or calendar's button
  const others = await candidates('button[aria-expanded][aria-controls]:not([aria-haspopup]), [role="button"][aria-expanded][aria-controls]:not([aria-haspopup])');
  for (const key of others) {
    const listboxButton = await page.evaluate((k) => {
      const el = document.querySelector(`[data-sweep-key="${k}"]`);
      return Boolean(document.querySelector(`[role="combobox"][aria-controls="${el.getAttribute('aria-controls')}"]`));
    }, key);
    if (!listboxButton) count('popover / disclosure trigger', 1);
    if (!listboxButton) findings.push(...(await checkDialogTrigger(page, key, await describeKey(key))).map((f) => ['dialog / disclosure', f]));
  }
  return findings;
}

async function sweepStory(context, url, story) {
  const begun = Date.now();
  const page = await context.newPage();
  // the 320 px stories are swept at 320 px (their viewport parameter only acts in the Storybook manager)
  if (/320|mobile/i.test(story.id)) await page.setViewportSize({ width: 320, height: 800 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message).slice(0, 160)));
  const findings = [];
  let stops = [];
  try {
    const phase = await openStory(page, url, story.id);
    const loaded = Date.now() - begun;
    if (phase === 'errored') findings.push(['story', `the story's render or play function errored`]);
    const tabs = await tabSweep(page);
    stops = tabs.stops;
    findings.push(...tabs.findings);
    findings.push(...(await page.evaluate(() => window.__sweep.targetSizeFindings())).map((f) => ['target size', f]));
    const swept = Date.now() - begun;
    findings.push(...(await roleChecks(page)));
    if (args.includes('--verbose')) console.log(`  ${story.id}: loaded ${loaded} ms, tabbed ${swept - loaded} ms, roles ${Date.now() - begun - swept} ms`);
    // the role checks measure the targets of each popup while it is open (roles.mjs openTargets)
  } catch (error) {
    findings.push(['sweep', `could not sweep: ${String(error.message ?? error).split('\n')[0]}`]);
  } finally {
    await page.close().catch(() => {});
  }
  for (const error of errors) findings.push(['page error', error]);
  const unique = [...new Map(findings.map((finding) => [finding.join(' '), finding])).values()];
  return { story, stops, findings: unique, ms: Date.now() - begun };
}

const server = await serveStatic(dir);
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
await context.addInitScript(helpers);
const started = Date.now();
const results = [];
try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (queue.length) {
        const story = queue.shift();
        const result = await sweepStory(context, server.url, story);
        results.push(result);
        console.log(`[keyboard-sweep] ${story.id}: ${result.stops.length} Tab stops, ${result.findings.length} findings`);
        if (args.includes('--verbose')) console.log(`  stops: ${result.stops.join(' > ')}\n${result.findings.map(([k, f]) => `  ${k}: ${f}\n`).join('')}  ${result.ms} ms`);
      }
    }),
  );
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

const rows = results
  .sort((a, b) => a.story.id.localeCompare(b.story.id))
  .flatMap(({ story, findings }) => findings.map(([kind, text]) => `| ${componentOf(story)} | ${story.id} | ${kind} | ${text.replaceAll('|', '\\|')} |`));
for (const name of missing) rows.push(`| ${name} | – | story | no story of ${name} in ${dir}/index.json (rebuild Storybook?) |`);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nKeyboard sweep of ${dir}: ${stories.length} stories, ${results.reduce((n, r) => n + r.stops.length, 0)} Tab stops, ${rows.length} findings, ${seconds} s\n`);
console.log(`Role checks run: ${Object.entries(ran).map(([role, n]) => `${role} ${n}`).join(', ')}\n`);
if (rows.length) console.log(['| component | story | check | finding |', '| --- | --- | --- | --- |', ...rows].join('\n'));
process.exit(rows.length ? 1 : 0);
