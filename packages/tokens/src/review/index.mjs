// @ts-check
/**
 * `polku-tokens review`: builds the candidate brand, renders the chosen stories in the current brand and the
 * candidate in every theme, and writes <out>/index.html, <out>/review.json and <out>/shots/*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCandidate } from './candidate.mjs';
import { renderStories } from './render.mjs';
import { reviewData, tokensOfBrand } from './report-data.mjs';
import { renderReportHtml } from './report-html.mjs';
import { readStoryIndex, selectStories } from './stories.mjs';

/**
 * @param {{
 *   candidateFile: string, currentBrand?: string, storybookDir?: string, stories?: string[], outDir?: string,
 *   themes?: string[], tokensDir?: string, log?: (message: string) => void,
 * }} opts
 * @returns {Promise<{ data: import('./report-data.mjs').ReviewData, outDir: string, html: string }>}
 */
export async function review(opts) {
  const currentBrand = opts.currentBrand ?? 'polku';
  const storybookDir = path.resolve(opts.storybookDir ?? 'storybook-static');
  const outDir = path.resolve(opts.outDir ?? 'brand-review');
  const log = opts.log ?? (() => {});
  const stories = selectStories(readStoryIndex(storybookDir), opts.stories);

  log(`building ${opts.candidateFile} with the package build`);
  const built = await buildCandidate({ candidateFile: opts.candidateFile, currentBrand, ...(opts.tokensDir ? { tokensDir: opts.tokensDir } : {}) });
  const themes = opts.themes ?? built.themes;
  const unknownThemes = themes.filter((t) => !built.themes.includes(t));
  if (unknownThemes.length > 0) throw new Error(`unknown theme(s): ${unknownThemes.join(', ')} (themes: ${built.themes.join(', ')})`);
  const currentTokens = tokensOfBrand(built.flat, currentBrand, themes);
  const candidateTokens = tokensOfBrand(built.flat, built.name, themes);

  fs.rmSync(path.join(outDir, 'shots'), { recursive: true, force: true });
  const rendered = await renderStories({
    storybookDir,
    stories,
    themes,
    outDir,
    log,
    variants: [
      { side: 'current', brand: currentBrand, expected: currentTokens },
      { side: 'candidate', brand: built.name, css: built.css, expected: candidateTokens },
    ],
  });
  const results = (/** @type {string} */ brand) => built.reports.filter((r) => r.brand === brand && themes.includes(r.theme)).flatMap((r) => r.results);
  const data = reviewData({
    current: currentBrand,
    candidate: built.name,
    candidateFile: path.relative(process.cwd(), path.resolve(opts.candidateFile)) || opts.candidateFile,
    themes,
    currentTokens,
    candidateTokens,
    currentResults: results(currentBrand),
    candidateResults: results(built.name),
    stories: rendered.stories,
    screenshots: rendered.screenshots,
    blockedRequests: rendered.blockedRequests,
    errors: rendered.errors,
  });
  const html = renderReportHtml(data);
  fs.writeFileSync(path.join(outDir, 'review.json'), JSON.stringify(data, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, 'index.html'), html);
  return { data, outDir, html };
}
