// @ts-check
/**
 * The review's data, one JSON structure written by `polku-tokens review` (review.json) and read by the HTML report
 * and the Storybook "Brand review" page. No file system or browser APIs, so both sides use these same functions.
 */
import { formatRatio } from '../contrast.mjs';
import { diffTokens } from '../diff.mjs';
import { reachOf } from './reach.mjs';

export const REVIEW_FORMAT = 1;

/**
 * @typedef {import('../contrast.mjs').ContrastResult} ContrastResult
 * @typedef {{ ratio: number, pass: boolean, foregroundValue: string, backgroundValue: string }} ContrastSide
 * @typedef {{ theme: string, foreground: string, background: string, kind: string, min: number, current?: ContrastSide, candidate?: ContrastSide }} ContrastRow
 * @typedef {{ id: string, title: string, name: string, tokens: string[] }} StoryUsage
 * @typedef {{ story: string, theme: string, brand: string, side: 'current' | 'candidate', file: string, alt: string }} Screenshot
 * @typedef {{
 *   format: number,
 *   generatedAt: string,
 *   current: { brand: string },
 *   candidate: { brand: string, file: string },
 *   themes: string[],
 *   stories: StoryUsage[],
 *   screenshots: Screenshot[],
 *   contrast: ContrastRow[],
 *   diff: ReturnType<typeof diffTokens>,
 *   reach: { token: string, stories: string[] }[],
 *   blockedRequests: string[],
 *   errors: string[],
 * }} ReviewData
 */

/** @param {ContrastResult} r @returns {ContrastSide} */
const side = (r) => ({ ratio: Number(formatRatio(r.ratio, r.min)), pass: r.pass, foregroundValue: r.foregroundValue, backgroundValue: r.backgroundValue });

/**
 * One row per theme × pair with the current brand's and the candidate's result.
 * @param {ContrastResult[]} current @param {ContrastResult[]} candidate
 * @returns {ContrastRow[]}
 */
export function contrastRows(current, candidate) {
  /** @type {Map<string, ContrastRow>} */
  const rows = new Map();
  const key = (/** @type {ContrastResult} */ r) => `${r.theme}\u0000${r.foreground}\u0000${r.background}`;
  for (const [which, results] of /** @type {const} */ ([['current', current], ['candidate', candidate]])) {
    for (const r of results) {
      const row = rows.get(key(r)) ?? { theme: r.theme, foreground: r.foreground, background: r.background, kind: r.kind, min: r.min };
      row[which] = side(r);
      rows.set(key(r), row);
    }
  }
  return [...rows.values()];
}

/**
 * The token diff between two brands, one "combination" per theme.
 * @param {Record<string, Record<string, string>>} currentByTheme @param {Record<string, Record<string, string>>} candidateByTheme
 */
export const brandDiff = (currentByTheme, candidateByTheme) => diffTokens(currentByTheme, candidateByTheme);

/**
 * `{ "light.polku": {…}, "light.kotiseutu": {…} }` → `{ light: {…} }` for one brand.
 * @param {Record<string, Record<string, string>>} flat @param {string} brand @param {string[]} themes
 */
export function tokensOfBrand(flat, brand, themes) {
  return Object.fromEntries(themes.map((theme) => [theme, flat[`${theme}.${brand}`] ?? {}]));
}

/** Every token name the diff touches (changed, added or removed in any theme). */
export const changedTokenNames = (/** @type {ReturnType<typeof diffTokens>} */ diff) =>
  [...new Set([...diff.changed, ...diff.added, ...diff.removed].map((d) => d.name))].sort();

/**
 * @param {{
 *   current: string, candidate: string, candidateFile: string, themes: string[],
 *   currentTokens: Record<string, Record<string, string>>, candidateTokens: Record<string, Record<string, string>>,
 *   currentResults: ContrastResult[], candidateResults: ContrastResult[],
 *   stories: StoryUsage[], screenshots?: Screenshot[], blockedRequests?: string[], errors?: string[], generatedAt?: string,
 * }} input
 * @returns {ReviewData}
 */
export function reviewData(input) {
  const diff = brandDiff(input.currentTokens, input.candidateTokens);
  return {
    format: REVIEW_FORMAT,
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    current: { brand: input.current },
    candidate: { brand: input.candidate, file: input.candidateFile },
    themes: input.themes,
    stories: input.stories,
    screenshots: input.screenshots ?? [],
    contrast: contrastRows(input.currentResults, input.candidateResults),
    diff,
    reach: reachOf(changedTokenNames(diff), input.stories),
    blockedRequests: input.blockedRequests ?? [],
    errors: input.errors ?? [],
  };
}
