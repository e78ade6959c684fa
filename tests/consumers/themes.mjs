// Themes set the documented way must paint a readable page: each consumer app is opened once per theme and checked
// with axe-core in Chromium (every WCAG 2.2 A/AA rule, colour contrast included), and the element carrying
// `data-polku-theme` must be painted with that theme's surface and text colours (the tokens' theme root style).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert, openPage, withConsole } from './lib.mjs';

export const THEMES = ['light', 'dark', 'high-contrast'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// axe comes from the monorepo (a test tool, not something the app installs). Evaluated through the DevTools protocol,
// so a page's strict CSP does not block it.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page; fails listing each violation with its nodes. */
export async function assertNoAxeViolations(page, label) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  }, AXE_TAGS);
  const count = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  assert(
    violations.length === 0,
    `${label}: ${count} axe violation node(s):\n${violations
      .map((v) => `  ${v.id} (${v.help}):\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
      .join('\n')}`,
  );
}

/** The element with `data-polku-theme="<theme>"` is painted with the theme's surface-default and text-default. */
async function assertPainted(page, theme, label) {
  const paint = await page.evaluate((wanted) => {
    const root = document.querySelector(`[data-polku-theme="${wanted}"]`);
    if (!root) return undefined;
    const resolve = (name) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${name})`;
      root.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };
    const style = getComputedStyle(root);
    return {
      element: root.tagName.toLowerCase(),
      background: style.backgroundColor,
      color: style.color,
      surface: resolve('--polku-color-surface-default'),
      text: resolve('--polku-color-text-default'),
    };
  }, theme);
  assert(paint, `${label}: no element has data-polku-theme="${theme}"`);
  assert(
    paint.background === paint.surface && paint.color === paint.text,
    `${label}: <${paint.element} data-polku-theme="${theme}"> is not painted by its theme: background ${paint.background} ` +
      `(want --polku-color-surface-default ${paint.surface}), colour ${paint.color} (want --polku-color-text-default ${paint.text})`,
  );
}

/**
 * Opens `urlFor(theme)` for each theme, waits for `ready` (a selector) and checks paint and axe. `blockScripts`
 * checks the server HTML alone.
 */
export async function checkThemes({ urlFor, ready, label, blockScripts = false }) {
  for (const theme of THEMES) {
    const opened = await openPage(urlFor(theme), { blockScripts });
    try {
      await withConsole(opened, async () => {
        await opened.page.locator(ready).first().waitFor({ timeout: 10_000 });
        await assertPainted(opened.page, theme, `${label}, ${theme} theme`);
        await assertNoAxeViolations(opened.page, `${label}, ${theme} theme`);
      });
    } finally {
      await opened.close();
    }
    console.log(`    ✔ ${label}: ${theme} theme painted, 0 axe violations`);
  }
}
