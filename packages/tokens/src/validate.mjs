// @ts-check
/**
 * Loading Polku's DTCG 2025.10 token sources from disk: reading token files, listing brands and loading one
 * theme × brand from a tokens directory. Node only (node:fs, node:path).
 *
 * Re-exports the browser-safe validation in validate-core.mjs, so the build script, the brand-owner CLI and the
 * tests keep importing from here and use the very same functions (and error messages) without a compile step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BASE_BRAND, dedupeIssues, mergeSources, parseTokenText, resolveTokens } from './validate-core.mjs';

export * from './validate-core.mjs';

/**
 * @typedef {import('./validate-core.mjs').TokenIssue} TokenIssue
 * @typedef {import('./validate-core.mjs').SourceFile} SourceFile
 * @typedef {import('./validate-core.mjs').Layer} Layer
 * @typedef {import('./validate-core.mjs').TokenRecord} TokenRecord
 */

/**
 * Reads and parses one token file.
 * @param {string} abs absolute path
 * @param {string} file name used in messages
 * @param {TokenIssue[]} issues
 * @returns {Record<string, unknown> | undefined}
 */
export function readTokenFile(abs, file, issues) {
  let text;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (error) {
    issues.push({ file, message: `cannot read file (${/** @type {NodeJS.ErrnoException} */ (error).code ?? 'error'})` });
    return undefined;
  }
  return parseTokenText(text, file, issues);
}

// ---------------------------------------------------------------------------------------------------------------
// The token set of one theme × brand.

/**
 * @typedef {{
 *   tokensDir: string,
 *   theme: string,
 *   brand: string,
 *   brandFile?: string,
 *   brandFileLabel?: string,
 * }} LoadOptions
 */

const listTokenFiles = (/** @type {string} */ dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.tokens.json'))
        .sort()
    : [];

/** Brands available in a tokens directory: the base brand first, then every other `brands/*.tokens.json`. */
export function listBrands(/** @type {string} */ tokensDir) {
  const names = listTokenFiles(path.join(tokensDir, 'brands')).map((f) => f.replace(/\.tokens\.json$/, ''));
  return [BASE_BRAND, ...names.filter((n) => n !== BASE_BRAND)];
}

/**
 * Lists the source files (in merge order) for one theme × brand.
 * @param {LoadOptions} opts
 * @returns {SourceFile[]}
 */
export function sourceFiles(opts) {
  const { tokensDir, theme, brand } = opts;
  /** @type {SourceFile[]} */
  const files = [];
  const add = (/** @type {string} */ rel, /** @type {Layer} */ layer) =>
    files.push({ file: rel, abs: path.join(tokensDir, rel), layer });
  for (const f of listTokenFiles(path.join(tokensDir, 'primitives'))) add(`primitives/${f}`, 'primitive');
  add(`brands/${BASE_BRAND}.tokens.json`, 'brand');
  if (opts.brandFile) {
    files.push({
      file: opts.brandFileLabel ?? opts.brandFile,
      abs: path.resolve(opts.brandFile),
      layer: 'brand-override',
    });
  } else if (brand !== BASE_BRAND) {
    add(`brands/${brand}.tokens.json`, 'brand-override');
  }
  for (const f of listTokenFiles(path.join(tokensDir, 'semantic'))) add(`semantic/${f}`, 'semantic');
  add(`themes/${theme}.tokens.json`, 'theme');
  return files;
}

/**
 * Loads, merges, validates and resolves the tokens of one theme × brand.
 * @param {LoadOptions} opts
 * @returns {{ tokens: Map<string, TokenRecord>, issues: TokenIssue[] }}
 */
export function loadTokenSet(opts) {
  /** @type {TokenIssue[]} */
  const issues = [];
  const sources = sourceFiles(opts);
  for (const s of sources) s.tree = readTokenFile(s.abs, s.file, issues);
  const tokens = mergeSources(sources, issues);
  resolveTokens(tokens, issues);
  return { tokens, issues: dedupeIssues(issues) };
}
