// @ts-check
/**
 * Checks shared by the build and the brand-owner CLI: load + validate + token-name contract + contrast, for every
 * theme × brand. The CLI and the build call these same functions, so they print the same messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_BRAND, dedupeIssues, isPublic, listBrands, loadTokenSet } from './validate.mjs';
import { checkResolved } from './check-resolved.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The package's own token sources. */
export const DEFAULT_TOKENS_DIR = path.resolve(here, '../tokens');

/** Themes in output order; the first is the default (`:root`). */
export const THEMES = /** @type {const} */ (['light', 'dark', 'high-contrast']);
/** `color-scheme` per theme. */
export const COLOR_SCHEME = { light: 'light', dark: 'dark', 'high-contrast': 'dark' };

/** @returns {import('./contrast.mjs').ContrastPair[]} */
export function loadContrastPairs(file = path.join(here, 'contrast-pairs.json')) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  return data.pairs;
}

/**
 * @typedef {import('./validate.mjs').TokenIssue} TokenIssue
 * @typedef {import('./validate.mjs').TokenRecord} TokenRecord
 * @typedef {import('./contrast.mjs').ContrastResult} ContrastResult
 * @typedef {{
 *   theme: string,
 *   brand: string,
 *   tokens: Map<string, TokenRecord>,
 *   issues: TokenIssue[],
 *   results: ContrastResult[],
 * }} CombinationReport
 */

/**
 * Loads, validates and contrast-checks one theme × brand.
 * @param {{ tokensDir?: string, theme: string, brand: string, brandFile?: string, brandFileLabel?: string, pairs?: import('./contrast.mjs').ContrastPair[] }} opts
 * @returns {CombinationReport}
 */
export function checkCombination(opts) {
  const tokensDir = opts.tokensDir ?? DEFAULT_TOKENS_DIR;
  const pairs = opts.pairs ?? loadContrastPairs();
  const { tokens, issues } = loadTokenSet({ ...opts, tokensDir });
  const results = checkResolved({ tokens, issues, theme: opts.theme, brand: opts.brand, pairs });
  return { theme: opts.theme, brand: opts.brand, tokens, issues: dedupeIssues(issues), results };
}

/**
 * Checks every theme × brand (or every theme with one extra brand file applied).
 * @param {{ tokensDir?: string, brands?: string[], themes?: readonly string[], brandFile?: string, brandFileLabel?: string, brandName?: string }} [opts]
 */
export function checkAll(opts = {}) {
  const tokensDir = opts.tokensDir ?? DEFAULT_TOKENS_DIR;
  const themes = opts.themes ?? THEMES;
  const pairs = loadContrastPairs();
  const brands = opts.brandFile ? [opts.brandName ?? brandNameOf(opts.brandFile)] : (opts.brands ?? listBrands(tokensDir));
  /** @type {CombinationReport[]} */
  const reports = [];
  for (const theme of themes) {
    for (const brand of brands) {
      reports.push(
        checkCombination({ tokensDir, theme, brand, pairs, brandFile: opts.brandFile, brandFileLabel: opts.brandFileLabel }),
      );
    }
  }
  // Every combination must publish the same token paths, or a theme would silently inherit another's value.
  const publicSets = reports.filter((r) => r.issues.length === 0).map((r) => ({ r, set: new Set([...r.tokens.values()].filter(isPublic).map((t) => t.path)) }));
  const all = new Set(publicSets.flatMap((x) => [...x.set]));
  for (const { r, set } of publicSets) {
    for (const p of all) {
      if (!set.has(p)) {
        r.issues.push({ file: `themes/${r.theme}.tokens.json`, path: p, message: `defined by another theme but missing from theme "${r.theme}"` });
      }
    }
  }
  const issues = dedupeIssues(reports.flatMap((r) => r.issues));
  const failures = reports.flatMap((r) => r.results.filter((x) => !x.pass));
  return { reports, issues, failures, themes, brands };
}

/** `path/to/kotiseutu.tokens.json` → `kotiseutu`. */
export function brandNameOf(/** @type {string} */ file) {
  return path.basename(file).replace(/\.tokens\.json$/, '').replace(/\.json$/, '') || BASE_BRAND;
}
