// @ts-check
/**
 * The checks that run on an already resolved token set: the token-name contract and the contrast pairs. No file
 * system access, so the build, the CLI and the Storybook brand playground share them (and their messages).
 */
import { checkPairs } from './contrast.mjs';
import { CONTRACT_PATHS, cssVarName } from './contract.mjs';
import { toCss } from './css-values.mjs';
import { dedupeIssues, isPublic, mergeSources, parseTokenText, resolveTokens } from './validate-core.mjs';

/**
 * Adds contract issues to `issues` and returns the contrast results (empty when there are issues already).
 * @param {{ tokens: Map<string, import('./validate-core.mjs').TokenRecord>, issues: import('./validate-core.mjs').TokenIssue[], theme: string, brand: string, pairs: import('./contrast.mjs').ContrastPair[] }} opts
 * @returns {import('./contrast.mjs').ContrastResult[]}
 */
export function checkResolved({ tokens, issues, theme, brand, pairs }) {
  const themeFile = `themes/${theme}.tokens.json`;
  if (issues.length === 0) {
    for (const p of CONTRACT_PATHS) {
      const t = tokens.get(p);
      if (!t || !isPublic(t)) {
        issues.push({ file: t?.file ?? themeFile, path: p, message: 'required by the token-name contract but not defined as a semantic or theme token' });
      }
    }
  }
  if (issues.length > 0) return [];
  const getColor = (/** @type {string} */ p) => {
    const t = tokens.get(p);
    return t && t.type === 'color' ? /** @type {any} */ (t.resolved) : undefined;
  };
  const checked = checkPairs(pairs, getColor, { theme, brand, cssValue: (p) => cssValueOf(tokens, p) });
  for (const m of checked.missing) {
    issues.push({ file: 'src/contrast-pairs.json', path: m, message: `contrast pair names a token that is not a colour in theme "${theme}"` });
  }
  return checked.results;
}

/** @param {Map<string, import('./validate-core.mjs').TokenRecord>} tokens @param {string} path */
function cssValueOf(tokens, path) {
  const t = tokens.get(path);
  return t && t.type ? toCss(t.type, t.resolved) : '?';
}

/**
 * Checks a brand override given as text against in-memory sources, for every theme: what `polku-tokens check`
 * does, without a file system. Returns per theme the issues, contrast results and the resulting CSS variables.
 * @param {{
 *   base: { primitives: { file: string, tree: Record<string, unknown> }[], brand: { file: string, tree: Record<string, unknown> }, semantic: { file: string, tree: Record<string, unknown> }[], themes: Record<string, { file: string, tree: Record<string, unknown> }> },
 *   brandText: string,
 *   brandFile?: string,
 *   pairs: import('./contrast.mjs').ContrastPair[],
 * }} opts
 */
export function checkBrandText({ base, brandText, brandFile = 'brand.tokens.json', pairs }) {
  const brand = brandFile.replace(/\.tokens\.json$/, '');
  return Object.entries(base.themes).map(([theme, themeSource]) => {
    /** @type {import('./validate-core.mjs').TokenIssue[]} */
    const issues = [];
    const override = parseTokenText(brandText, brandFile, issues);
    /** @type {import('./validate-core.mjs').SourceFile[]} */
    const sources = [
      ...base.primitives.map((s) => ({ ...s, abs: s.file, layer: /** @type {const} */ ('primitive') })),
      { ...base.brand, abs: base.brand.file, layer: /** @type {const} */ ('brand') },
      ...(override ? [{ file: brandFile, abs: brandFile, tree: override, layer: /** @type {const} */ ('brand-override') }] : []),
      ...base.semantic.map((s) => ({ ...s, abs: s.file, layer: /** @type {const} */ ('semantic') })),
      { ...themeSource, abs: themeSource.file, layer: /** @type {const} */ ('theme') },
    ];
    const tokens = issues.length ? new Map() : mergeSources(sources, issues);
    if (issues.length === 0) resolveTokens(tokens, issues);
    const results = checkResolved({ tokens, issues, theme, brand, pairs });
    /** @type {Record<string, string>} */
    const cssVariables = {};
    if (issues.length === 0) {
      for (const t of tokens.values()) if (isPublic(t) && t.type) cssVariables[cssVarName(t.path)] = toCss(t.type, t.resolved);
    }
    return { theme, brand, issues: dedupeIssues(issues), results, cssVariables };
  });
}
