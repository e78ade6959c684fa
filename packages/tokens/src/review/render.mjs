// @ts-check
/**
 * Renders stories of a built Storybook in real Chromium, once with the current brand as built and once with the
 * candidate's CSS injected after it, in every theme: a screenshot of the story root and the tokens its rules use.
 * Every request that is not for the local static server is blocked and recorded, so the review works offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.mjs';
import { collectTokenUsage } from './reach.mjs';
import { serveStatic } from './server.mjs';
import { storyLabel } from './stories.mjs';

const ROOT = '#storybook-root';
/** Phases of Storybook's StoryRender after the play function and the animations are done. */
const DONE_PHASES = ['completed', 'afterEach', 'finished'];

/**
 * @typedef {import('./stories.mjs').ReviewStory} ReviewStory
 * @typedef {import('./report-data.mjs').Screenshot} Screenshot
 * @typedef {{ side: 'current' | 'candidate', brand: string, css?: string, expected?: Record<string, Record<string, string>> }} Variant
 */

/** Waits until the story has rendered and its play function ran; resolves to an error message or undefined. */
async function waitForStory(/** @type {import('playwright').Page} */ page) {
  const handle = await page.waitForFunction(
    ({ root, done }) => {
      const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
      const phase = preview?.currentRender?.phase;
      if (phase === 'errored' || phase === 'aborted') return `the story ${phase === 'errored' ? 'failed to render' : 'was aborted'}`;
      const element = document.querySelector(root);
      const rendered = Boolean(element && element.childElementCount > 0);
      const finished = preview ? done.includes(phase) : true;
      return rendered && finished ? 'ok' : false;
    },
    { root: ROOT, done: DONE_PHASES },
    { timeout: 30_000, polling: 100 },
  );
  const state = await handle.jsonValue();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return state === 'ok' ? undefined : String(state);
}

/** Appends the candidate CSS at the end of <body>, after every stylesheet of the page, so it wins on equal specificity. */
async function injectCss(/** @type {import('playwright').Page} */ page, /** @type {string} */ css) {
  await page.evaluate((text) => {
    const style = document.createElement('style');
    style.dataset.polkuReview = 'candidate';
    style.textContent = text;
    document.body.append(style);
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))));
  }, css);
}

/**
 * Reads colour tokens inside the story and names the first that differs from what the variant should show. Colours
 * are compared as the browser computes them (a minified Storybook writes #fff for #ffffff).
 */
async function checkApplied(/** @type {import('playwright').Page} */ page, /** @type {Record<string, string>} */ expected) {
  const names = Object.keys(expected).filter((n) => n.startsWith('--polku-color-'));
  const mismatch = await page.evaluate(
    ({ root, names, values }) => {
      const el = document.querySelector(root)?.firstElementChild ?? document.documentElement;
      const probe = document.createElement('span');
      document.body.append(probe);
      const computed = (/** @type {string} */ colour) => {
        probe.style.color = '';
        probe.style.color = colour;
        return probe.style.color ? getComputedStyle(probe).color : `unparsed ${colour}`;
      };
      const style = getComputedStyle(el);
      const i = names.findIndex((n, k) => computed(style.getPropertyValue(n).trim()) !== computed(/** @type {string} */ (values[k])));
      probe.remove();
      return i < 0 ? undefined : { name: names[i], actual: style.getPropertyValue(/** @type {string} */ (names[i])).trim() };
    },
    { root: ROOT, names, values: names.map((n) => expected[n]) },
  );
  return mismatch ? `${mismatch.name} is ${mismatch.actual || 'not set'} in the page, expected ${expected[/** @type {string} */ (mismatch.name)]}` : undefined;
}

/**
 * @param {{
 *   storybookDir: string, stories: ReviewStory[], themes: string[], variants: Variant[],
 *   outDir: string, shotsDir?: string, log?: (message: string) => void,
 * }} opts
 */
export async function renderStories({ storybookDir, stories, themes, variants, outDir, shotsDir = 'shots', log = () => {} }) {
  fs.mkdirSync(path.join(outDir, shotsDir), { recursive: true });
  const server = await serveStatic(storybookDir);
  const browser = await launchChromium();
  /** @type {string[]} */
  const blockedRequests = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {Screenshot[]} */
  const screenshots = [];
  /** @type {Map<string, Set<string>>} */
  const usage = new Map(stories.map((s) => [s.id, new Set()]));
  try {
    const context = await browser.newContext({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    let where = '';
    page.on('pageerror', (error) => errors.push(`${where}: page error: ${error.message}`));
    for (const story of stories) {
      for (const theme of themes) {
        for (const variant of variants) {
          where = `${storyLabel(story)}, ${variant.brand}, ${theme}`;
          log(`rendering ${where}`);
          const globals = `theme:${theme};brand:${variant.brand}`;
          await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`);
          const failed = await waitForStory(page).catch((/** @type {Error} */ error) => error.message.split('\n')[0]);
          if (failed) {
            errors.push(`${where}: ${failed}`);
            continue;
          }
          if (variant.css) await injectCss(page, variant.css);
          const mismatch = variant.expected ? await checkApplied(page, variant.expected[theme] ?? {}) : undefined;
          if (mismatch) errors.push(`${where}: ${mismatch}`);
          const file = `${shotsDir}/${story.id}--${theme}--${variant.side}.png`;
          await page.locator(ROOT).screenshot({ path: path.join(outDir, file), animations: 'disabled', caret: 'hide' });
          screenshots.push({ story: story.id, theme, brand: variant.brand, side: variant.side, file, alt: `${storyLabel(story)} in the ${variant.brand} brand, ${theme} theme` });
          const used = await page.evaluate(collectTokenUsage, { rootSelector: ROOT, prefix: '--polku-' });
          for (const token of used.tokens) usage.get(story.id)?.add(token);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    screenshots,
    stories: stories.map((s) => ({ ...s, tokens: [...(usage.get(s.id) ?? [])].sort() })),
    blockedRequests: [...new Set(blockedRequests)],
    errors,
  };
}
