// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { review } from '../src/review/index.mjs';
import { launchChromium } from '../src/review/browser.mjs';
import { checkCombination, loadContrastPairs } from '../src/check.mjs';
import { diffTokens } from '../src/diff.mjs';
import type { ReviewData } from '../src/review/report-data.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '..');
const kotiseutu = path.join(pkg, 'tokens/brands/kotiseutu.tokens.json');
const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');

type AxeResult = { violations: { id: string; nodes: unknown[] }[] };

/** axe-core (WCAG 2.x A/AA and best practices) on HTML files, in one Chromium. */
async function axeOn(...files: string[]): Promise<AxeResult[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const results: AxeResult[] = [];
    for (const file of files) {
      await page.goto(pathToFileURL(file).href);
      await page.addScriptTag({ path: axeSource });
      results.push(
        await page.evaluate(() =>
          (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          }),
        ),
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

describe('polku-tokens review (kotiseutu against polku, on a minimal built Storybook)', () => {
  let work: string;
  let data: ReviewData;
  let outDir: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-review-test-'));
    // The fixture Storybook gets the package's CSS as `pnpm build-storybook` bundles it, built here with the polku brand
    // only: kotiseutu is a new candidate, so everything it shows must come from the CSS the review injects.
    const storybookDir = path.join(work, 'storybook-static');
    fs.cpSync(path.join(here, 'fixtures/mini-storybook'), storybookDir, { recursive: true });
    const tokensDir = path.join(work, 'tokens');
    fs.cpSync(path.join(pkg, 'tokens'), tokensDir, { recursive: true });
    fs.rmSync(path.join(tokensDir, 'brands/kotiseutu.tokens.json'));
    const current = await build({ tokensDir, outDir: path.join(work, 'dist') });
    expect(current.brands).toEqual(['polku']);
    fs.writeFileSync(path.join(storybookDir, 'polku.css'), current.css);
    outDir = path.join(work, 'report');
    ({ data } = await review({ candidateFile: kotiseutu, currentBrand: 'polku', storybookDir, outDir, stories: ['fixture-button--primary', 'fixture-badge--info'] }));
  }, 240_000);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('renders every story in both brands and every theme, offline, with no errors', () => {
    expect(data.errors).toEqual([]);
    expect(data.blockedRequests).toEqual([]);
    expect(data.themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(data.screenshots).toHaveLength(2 * 3 * 2);
    for (const shot of data.screenshots) {
      const png = fs.readFileSync(path.join(outDir, shot.file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(shot.alt).toMatch(new RegExp(`^(Button / Primary|Badge / Info) in the ${shot.brand} brand, ${shot.theme} theme$`));
    }
    const shot = (theme: string, side: string) => fs.readFileSync(path.join(outDir, `shots/fixture-button--primary--${theme}--${side}.png`));
    // the candidate CSS reached the page: kotiseutu's green button does not look like polku's blue one
    expect(shot('light', 'candidate').equals(shot('light', 'current'))).toBe(false);
    expect(shot('dark', 'current').equals(shot('light', 'current'))).toBe(false);
  });

  it('maps each changed token to the stories whose rules use it, computed from the rendered pages', () => {
    const reach = Object.fromEntries(data.reach.map((r) => [r.token, r.stories]));
    expect(reach['--polku-color-action-primary-background']).toEqual(['fixture-button--primary']);
    expect(reach['--polku-color-action-primary-background-hover']).toEqual(['fixture-button--primary']); // a :hover rule
    expect(reach['--polku-radius-control']).toEqual(['fixture-button--primary']);
    // inherited from the body rule of the page, so it reaches both
    expect(reach['--polku-font-family-body']).toEqual(['fixture-button--primary', 'fixture-badge--info']);
    // .fx-unused matches nothing, and the brand change does not touch the info badge's own colours
    const badge = data.stories.find((s) => s.id === 'fixture-badge--info')!;
    expect(badge.tokens).toEqual(expect.arrayContaining(['--polku-color-feedback-info-background', '--polku-radius-pill']));
    expect(badge.tokens).not.toContain('--polku-color-action-primary-background');
    expect(data.stories.flatMap((s) => s.tokens)).not.toContain('--polku-color-focus-ring-contrast');
    expect(data.stories.flatMap((s) => s.tokens)).not.toContain('--polku-radius-l'); // set on <body>, not inherited
  });

  it('carries the token diff and per-pair contrast of both brands, from the same functions as check and diff', async () => {
    await build({ outDir: path.join(work, 'full') }); // the package's own sources, both brands
    const flat = JSON.parse(fs.readFileSync(path.join(work, 'full/json/tokens.flat.json'), 'utf8'));
    const byTheme = (brand: string) => Object.fromEntries(data.themes.map((t) => [t, flat[`${t}.${brand}`]]));
    expect(data.diff).toEqual(diffTokens(byTheme('polku'), byTheme('kotiseutu')));
    expect(data.diff.changed.length).toBeGreaterThan(0);
    const pairs = loadContrastPairs();
    expect(data.contrast).toHaveLength(pairs.length * 3);
    const dark = checkCombination({ theme: 'dark', brand: 'kotiseutu', brandFile: kotiseutu });
    const link = dark.results.find((r) => r.foreground === 'color.text.link' && r.background === 'color.surface.default')!;
    const row = data.contrast.find((r) => r.theme === 'dark' && r.foreground === 'color.text.link' && r.background === 'color.surface.default')!;
    expect(row.candidate).toMatchObject({ pass: link.pass, foregroundValue: link.foregroundValue });
    expect(row.candidate!.ratio).toBeCloseTo(link.ratio, 2);
    expect(row.current!.foregroundValue).not.toBe(row.candidate!.foregroundValue);
  });

  it('writes a report that passes axe; the same check fails on a report whose screenshots have no alt text', async () => {
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<caption>Contrast in the dark theme: polku and kotiseutu</caption>');
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'review.json'), 'utf8'))).toEqual(data);
    const bad = path.join(outDir, 'bad.html');
    fs.writeFileSync(bad, html.replace(/ alt="[^"]*"/g, ''));
    const [good, broken] = await axeOn(path.join(outDir, 'index.html'), bad);
    expect(good!.violations).toEqual([]);
    const violations = broken!.violations;
    expect(violations.map((v) => v.id)).toContain('image-alt');
    expect(violations.find((v) => v.id === 'image-alt')!.nodes).toHaveLength(12);
  }, 180_000);

  it('the CLI: no candidate or an unknown option is a usage error (exit 2)', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(pkg, 'bin/polku-tokens.mjs'), 'review', ...args], { encoding: 'utf8' });
    expect(run().status).toBe(2);
    const r = run(kotiseutu, '--colour', 'green');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option "--colour"');
  });
});
