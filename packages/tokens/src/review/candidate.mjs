// @ts-check
/**
 * Builds a candidate brand file with the package's own build (validation, Style Dictionary, CSS assembly) in a
 * temporary token directory holding the base brand, the brand under review and the candidate, so the report compares
 * values produced by the same code that ships.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brandNameOf, checkAll, DEFAULT_TOKENS_DIR } from '../check.mjs';
import { BASE_BRAND, listBrands, TokenError } from '../validate.mjs';

export const BUILD_MISSING =
  'polku-tokens review builds the candidate with the package build (scripts/build.mjs and style-dictionary): run it from a Polku checkout after pnpm install, or install style-dictionary';

/** @returns {Promise<typeof import('../../scripts/build.mjs')>} */
async function loadBuild() {
  try {
    return await import('../../scripts/build.mjs');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ERR_MODULE_NOT_FOUND') throw new Error(BUILD_MISSING);
    throw error;
  }
}

/** The candidate's brand name: its file name, unless that is the base brand or the brand it is compared with. */
export function candidateName(/** @type {string} */ file, /** @type {string} */ currentBrand) {
  const name = brandNameOf(file).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'candidate';
  return name === BASE_BRAND || name === currentBrand ? `${name}-candidate` : name;
}

/**
 * @typedef {{
 *   name: string,
 *   css: string,
 *   flat: Record<string, Record<string, string>>,
 *   reports: import('../check.mjs').CombinationReport[],
 *   themes: string[],
 * }} BuiltCandidate
 */

/**
 * Validates the candidate (messages name the candidate file as given), then builds the current brand and the
 * candidate together.
 * @param {{ candidateFile: string, currentBrand: string, tokensDir?: string, workDir?: string }} opts
 * @returns {Promise<BuiltCandidate>}
 */
export async function buildCandidate({ candidateFile, currentBrand, tokensDir = DEFAULT_TOKENS_DIR, workDir }) {
  if (!listBrands(tokensDir).includes(currentBrand)) {
    throw new Error(`unknown brand "${currentBrand}" (brands: ${listBrands(tokensDir).join(', ')})`);
  }
  const label = path.relative(process.cwd(), path.resolve(candidateFile)) || candidateFile;
  const name = candidateName(candidateFile, currentBrand);
  const checked = checkAll({ tokensDir, brandFile: candidateFile, brandFileLabel: label, brandName: name });
  if (checked.issues.length > 0) throw new TokenError(checked.issues);

  const dir = fs.mkdtempSync(path.join(workDir ?? os.tmpdir(), 'polku-review-'));
  try {
    const tokens = path.join(dir, 'tokens');
    for (const layer of ['primitives', 'semantic', 'themes']) {
      fs.cpSync(path.join(tokensDir, layer), path.join(tokens, layer), { recursive: true });
    }
    fs.mkdirSync(path.join(tokens, 'brands'));
    for (const brand of new Set([BASE_BRAND, currentBrand])) {
      fs.copyFileSync(path.join(tokensDir, 'brands', `${brand}.tokens.json`), path.join(tokens, 'brands', `${brand}.tokens.json`));
    }
    fs.copyFileSync(candidateFile, path.join(tokens, 'brands', `${name}.tokens.json`));
    const { build } = await loadBuild();
    const result = await build({ tokensDir: tokens, outDir: path.join(dir, 'dist'), allowContrastFailures: true });
    const flat = JSON.parse(fs.readFileSync(path.join(dir, 'dist', 'json', 'tokens.flat.json'), 'utf8'));
    return { name, css: result.css, flat, reports: result.reports, themes: result.themes };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
