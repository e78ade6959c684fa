import { checkBrandText } from '../../packages/tokens/src/check-resolved.mjs';
import type { ContrastPair } from '../../packages/tokens/src/contrast.mjs';
import { formatIssue } from '../../packages/tokens/src/validate-core.mjs';
import { reviewData, type ReviewData } from '../../packages/tokens/src/review/report-data.mjs';
import pairsFile from '../../packages/tokens/src/contrast-pairs.json';
import recordedJson from './brand-review/kotiseutu.review.json';
import { baseSources } from './brandPlayground';

export type { ReviewData };

/** The review of kotiseutu against polku written by `polku-tokens review` on the built Storybook (review.json). */
export const recordedReview = recordedJson as unknown as ReviewData;

const brandTexts = import.meta.glob<string>('../../packages/tokens/tokens/brands/*.tokens.json', { eager: true, query: '?raw', import: 'default' });
const brandText = (brand: string) => brandTexts[`../../packages/tokens/tokens/brands/${brand}.tokens.json`];

/** Reads a review.json chosen by the reader; names what is wrong instead of rendering half a report. */
export function parseReviewJson(text: string): ReviewData {
  const data = JSON.parse(text) as Partial<ReviewData>;
  const missing = (['current', 'candidate', 'themes', 'stories', 'contrast', 'diff', 'reach'] as const).filter((key) => !(key in data));
  if (missing.length > 0) throw new Error(`not a review.json from polku-tokens review (missing ${missing.join(', ')})`);
  return data as ReviewData;
}

/**
 * The review of a pasted candidate, computed in the page with the checks of `polku-tokens check` and the data
 * functions of `polku-tokens review`: token diff and contrast for both brands, and the reach of each changed token
 * through the token usage of the stories in `usage` (recorded from the rendered stories).
 */
export function liveReview(candidateText: string, usage: ReviewData, candidate = 'candidate'): { data?: ReviewData; problems: string[] } {
  const pairs = pairsFile.pairs as ContrastPair[];
  const current = usage.current.brand;
  const check = (text: string, brand: string) => checkBrandText({ base: baseSources, brandText: text, brandFile: `${brand}.tokens.json`, pairs });
  const before = check(current === 'polku' ? '{}' : (brandText(current) ?? '{}'), current);
  const after = check(candidateText, candidate);
  const problems = [...new Set(after.flatMap((report) => report.issues.map(formatIssue)))];
  if (problems.length > 0) return { problems };
  const byTheme = (reports: typeof after) => Object.fromEntries(usage.themes.map((theme) => [theme, reports.find((report) => report.theme === theme)?.cssVariables ?? {}]));
  const data = reviewData({
    current,
    candidate,
    candidateFile: `${candidate}.tokens.json (pasted)`,
    themes: usage.themes,
    currentTokens: byTheme(before),
    candidateTokens: byTheme(after),
    currentResults: before.flatMap((report) => report.results),
    candidateResults: after.flatMap((report) => report.results),
    stories: usage.stories,
  });
  return { data, problems: [] };
}

/** The recorded candidate's brand file (the starting text of the editor). */
export const candidateStartText = brandText(recordedReview.candidate.brand) ?? '{}';
