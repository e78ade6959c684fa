#!/usr/bin/env node
// @ts-check
/**
 * Builds @polku/tokens: validates the DTCG sources, checks contrast in every theme × brand (failing the build on any
 * failing pair), then runs Style Dictionary once per theme × brand and writes
 *   dist/css/polku.css, dist/js/index.{js,cjs,d.ts,d.cts}, dist/json/<theme>.<brand>.json, dist/json/tokens.flat.json,
 *   dist/json/contrast-report.json
 *
 * Usage: node scripts/build.mjs [--out <dir>] [--tokens <dir>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { TokenError, isPublic } from '../src/validate.mjs';
import { checkAll, COLOR_SCHEME, DEFAULT_TOKENS_DIR, loadContrastPairs } from '../src/check.mjs';
import { formatFailure } from '../src/contrast.mjs';
import { CSS_RENDERERS } from '../src/css-values.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = path.resolve(here, '..');
export const PREFIX = 'polku';
const THEME_ATTR = 'data-polku-theme';
const BRAND_ATTR = 'data-polku-brand';

/** Raised when one or more contrast pairs fail. `failures` holds the results. */
export class ContrastError extends Error {
  /** @param {import('../src/contrast.mjs').ContrastResult[]} failures */
  constructor(failures) {
    super(`${failures.length} contrast pair(s) fail:\n${failures.map((f) => `  ${formatFailure(f)}`).join('\n')}`);
    this.name = 'ContrastError';
    this.failures = failures;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Style Dictionary registration: DTCG 2025.10 value transforms, the name transform and the declarations format.

let registered = false;
function registerStyleDictionaryExtensions() {
  if (registered) return;
  registered = true;
  for (const [type, render] of Object.entries(CSS_RENDERERS)) {
    StyleDictionary.registerTransform({
      name: `polku/${type}`,
      type: 'value',
      transitive: true,
      filter: (token) => token.$type === type,
      transform: (token) => render(token.$value),
    });
  }
  StyleDictionary.registerTransform({
    name: 'polku/name',
    type: 'name',
    transform: (token) => [PREFIX, ...token.path].join('-'),
  });
  StyleDictionary.registerFormat({
    name: 'polku/css-declarations',
    format: ({ dictionary }) =>
      dictionary.allTokens
        .map((t) => `  --${t.name}: ${t.$value};`)
        .join('\n'),
  });
}

const TRANSFORMS = ['polku/name', ...Object.keys(CSS_RENDERERS).map((t) => `polku/${t}`)];

/**
 * Rebuilds a DTCG tree (explicit `$type` on every token, aliases intact) from validated records.
 * @param {Map<string, import('../src/validate.mjs').TokenRecord>} tokens
 */
function toTree(tokens) {
  /** @type {Record<string, any>} */
  const tree = {};
  for (const t of tokens.values()) {
    const parts = t.path.split('.');
    let node = tree;
    for (const k of parts.slice(0, -1)) node = node[k] ??= {};
    /** @type {Record<string, unknown>} */
    const leaf = { $type: t.type, $value: structuredClone(t.value) };
    if (t.description) leaf.$description = t.description;
    node[/** @type {string} */ (parts.at(-1))] = leaf;
  }
  return tree;
}

/**
 * Runs Style Dictionary for one theme × brand and returns the public tokens as `{ path, name, type, value, description }`.
 * @param {import('../src/check.mjs').CombinationReport} report
 */
async function runStyleDictionary(report) {
  registerStyleDictionaryExtensions();
  const publicPaths = new Set([...report.tokens.values()].filter(isPublic).map((t) => t.path));
  const sd = new StyleDictionary({
    tokens: toTree(report.tokens),
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
    platforms: {
      css: {
        transforms: TRANSFORMS,
        files: [
          {
            destination: 'declarations.css',
            format: 'polku/css-declarations',
            filter: (token) => publicPaths.has(token.path.join('.')),
          },
        ],
      },
    },
  });
  const [file] = await sd.formatPlatform('css');
  const dictionary = await sd.getPlatformTokens('css');
  const list = dictionary.allTokens
    .filter((t) => publicPaths.has(t.path.join('.')))
    .map((t) => ({
      path: t.path.join('.'),
      name: `--${t.name}`,
      type: /** @type {string} */ (t.$type),
      value: String(t.$value),
      description: /** @type {string | undefined} */ (t.$description),
    }));
  for (const t of list) {
    if (t.value.includes('[object Object]') || t.value === 'undefined') {
      throw new TokenError([{ file: 'style-dictionary output', path: t.path, message: `rendered as ${JSON.stringify(t.value)}` }]);
    }
  }
  return { declarations: /** @type {string} */ (file?.output ?? ''), tokens: list };
}

// ---------------------------------------------------------------------------------------------------------------
// CSS assembly.

const attr = (/** @type {string} */ name, /** @type {string} */ value) => `[${name}="${value}"]`;

/**
 * Selectors for one theme × brand. Specificity tiers make the nearest declaration win:
 *   (0,1,0) theme alone (brand = base) / brand alone (theme = default)
 *   (0,2,0) theme and brand on ancestor/descendant (either way round)
 *   (0,3,0) theme and brand on the same element
 * @param {string} theme @param {string} brand @param {{ defaultTheme: string, baseBrand: string, themeValues?: string[] }} o
 */
export function selectorsFor(theme, brand, o) {
  const themeValues = o.themeValues ?? [theme];
  const sel = [];
  for (const tv of themeValues) {
    const T = attr(THEME_ATTR, tv);
    const B = attr(BRAND_ATTR, brand);
    if (brand === o.baseBrand) sel.push(T);
    if (theme === o.defaultTheme && tv === theme) sel.push(B);
    sel.push(`${T} ${B}`, `${B} ${T}`, `${T}${B}[${BRAND_ATTR}]`);
  }
  return sel;
}

/**
 * @param {{ theme: string, brand: string, declarations: Map<string, string> }[]} combos
 * @param {string[]} themes @param {string[]} brands
 */
export function assembleCss(combos, themes, brands) {
  const [defaultTheme = 'light'] = themes;
  const [baseBrand = 'polku'] = brands;
  // Tokens with the same value in every combination go on :root only; the rest are emitted, fully resolved, in every
  // combination block so that any nesting of theme and brand attributes resolves every variable.
  const first = combos[0];
  if (!first) throw new Error('no theme × brand combinations to build');
  const invariant = [...first.declarations.keys()].filter((name) =>
    combos.every((c) => c.declarations.get(name) === first.declarations.get(name)),
  );
  const invariantSet = new Set(invariant);
  const block = (/** @type {string[]} */ selectors, /** @type {string} */ theme, /** @type {Map<string, string>} */ decl, indent = '') => {
    const lines = [`color-scheme: ${COLOR_SCHEME[/** @type {keyof typeof COLOR_SCHEME} */ (theme)] ?? 'light'};`];
    for (const [name, value] of decl) if (!invariantSet.has(name)) lines.push(`${name}: ${value};`);
    return `${indent}${selectors.join(`,\n${indent}`)} {\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}}`;
  };
  const out = [
    `/**\n * @polku/tokens — generated by scripts/build.mjs from the DTCG sources in tokens/. Do not edit.\n` +
      ` * Themes: ${themes.join(', ')} (+ auto) via [${THEME_ATTR}]; brands: ${brands.join(', ')} via [${BRAND_ATTR}].\n */`,
    `:root {\n${invariant.map((n) => `  ${n}: ${first.declarations.get(n)};`).join('\n')}\n}`,
  ];
  for (const c of combos) {
    const themeValues = c.theme === defaultTheme ? [c.theme, 'auto'] : [c.theme];
    const selectors = selectorsFor(c.theme, c.brand, { defaultTheme, baseBrand, themeValues });
    if (c.theme === defaultTheme && c.brand === baseBrand) selectors.unshift(':root');
    out.push(block(selectors, c.theme, c.declarations));
  }
  const darkTheme = themes.includes('dark') ? 'dark' : undefined;
  if (darkTheme) {
    const autoBlocks = combos
      .filter((c) => c.theme === darkTheme)
      .map((c) => block(selectorsFor('auto', c.brand, { defaultTheme, baseBrand }), darkTheme, c.declarations, '  '));
    out.push(`@media (prefers-color-scheme: dark) {\n${autoBlocks.join('\n')}\n}`);
  }
  return out.join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// JS module and type declarations.

/** @param {Record<string, any>} tree @param {string[]} p @param {unknown} v */
const setIn = (tree, p, v) => {
  let node = tree;
  for (const k of p.slice(0, -1)) node = node[k] ??= {};
  node[/** @type {string} */ (p.at(-1))] = v;
};

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (/** @type {string} */ k) => (IDENT.test(k) ? k : JSON.stringify(k));

/** Emits a readonly TS type for a nested object; leaves rendered by `leaf`. */
/** @returns {string} */
function tsType(/** @type {any} */ obj, /** @type {(v: unknown) => string} */ leaf, indent = '') {
  if (typeof obj !== 'object' || obj === null) return leaf(obj);
  const next = indent + '  ';
  /** @type {string[]} */
  const lines = Object.entries(obj).map(([k, v]) => `${next}readonly ${key(k)}: ${tsType(v, leaf, next)};`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/**
 * @param {{ themes: string[], brands: string[], publicTokens: { path: string, name: string }[], values: Record<string, Record<string, Record<string, unknown>>>, pairs: unknown[] }} d
 */
export function emitJs(d) {
  /** @type {Record<string, any>} */
  const vars = {};
  for (const t of d.publicTokens) setIn(vars, t.path.split('.'), `var(${t.name})`);
  const data = {
    themes: d.themes,
    brands: d.brands,
    defaultTheme: d.themes[0],
    defaultBrand: d.brands[0],
    vars,
    values: d.values,
    contrastPairs: d.pairs,
  };
  const decls = Object.entries(data).map(([k, v]) => `const ${k} = ${JSON.stringify(v)};`).join('\n');
  const names = Object.keys(data);
  const header = '// @polku/tokens — generated by scripts/build.mjs. Do not edit.\n';
  const helper =
    `/** CSS variable reference for a token path, e.g. cssVar('color.text.default') === 'var(--polku-color-text-default)'. */\n` +
    `function cssVar(path) {\n  return 'var(--${PREFIX}-' + path.split('.').join('-') + ')';\n}\n`;
  const esm = `${header}${decls}\n${helper}\nexport { ${[...names, 'cssVar'].join(', ')} };\n`;
  const cjs = `${header}'use strict';\n${decls}\n${helper}\n${[...names, 'cssVar'].map((n) => `exports.${n} = ${n};`).join('\n')}\n`;

  const firstValues = d.values[/** @type {string} */ (d.themes[0])]?.[/** @type {string} */ (d.brands[0])] ?? {};
  const union = (/** @type {string[]} */ xs) => xs.map((x) => JSON.stringify(x)).join(' | ');
  const dts =
    `${header}\n` +
    `export type Theme = ${union(d.themes)};\n` +
    `export type Brand = ${union(d.brands)};\n` +
    `/** Resolved CSS values of one theme × brand (same shape as \`vars\`). */\n` +
    `export interface TokenValues ${tsType(firstValues, () => 'string')}\n` +
    `export interface ContrastPair {\n  readonly foreground: string;\n  readonly background: string;\n  readonly min: number;\n  readonly kind: 'text' | 'large-text' | 'non-text';\n  readonly note?: string;\n}\n` +
    `export declare const themes: readonly [${d.themes.map((x) => JSON.stringify(x)).join(', ')}];\n` +
    `export declare const brands: readonly [${d.brands.map((x) => JSON.stringify(x)).join(', ')}];\n` +
    `export declare const defaultTheme: ${JSON.stringify(d.themes[0])};\n` +
    `export declare const defaultBrand: ${JSON.stringify(d.brands[0])};\n` +
    `/** \`var(--polku-…)\` reference for every public token. */\n` +
    `export declare const vars: ${tsType(vars, (v) => JSON.stringify(v))};\n` +
    `/** Resolved values: \`values[theme][brand]\`. */\n` +
    `export declare const values: { readonly [T in Theme]: { readonly [B in Brand]: TokenValues } };\n` +
    `/** Foreground/background pairs with their WCAG 2.2 minimum, checked at build in every theme × brand. */\n` +
    `export declare const contrastPairs: readonly ContrastPair[];\n` +
    `/** CSS variable reference for a token path. */\n` +
    `export declare function cssVar(path: string): string;\n`;
  return { esm, cjs, dts };
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Validates, checks contrast and writes all outputs. Throws TokenError (invalid sources) or ContrastError.
 * @param {{ tokensDir?: string, outDir?: string, log?: (msg: string) => void }} [opts]
 */
export async function build(opts = {}) {
  const tokensDir = opts.tokensDir ?? DEFAULT_TOKENS_DIR;
  const outDir = opts.outDir ?? path.join(PACKAGE_DIR, 'dist');
  const log = opts.log ?? (() => {});
  const checked = checkAll({ tokensDir });
  if (checked.issues.length > 0) throw new TokenError(checked.issues);
  if (checked.failures.length > 0) throw new ContrastError(checked.failures);
  const themes = [...checked.themes];
  const brands = [...checked.brands];
  const pairs = loadContrastPairs();
  log(`validated ${themes.length} themes × ${brands.length} brands; ${checked.reports.reduce((n, r) => n + r.results.length, 0)} contrast checks pass`);

  /** @type {{ theme: string, brand: string, declarations: Map<string, string> }[]} */
  const combos = [];
  /** @type {Record<string, Record<string, Record<string, unknown>>>} */
  const values = {};
  /** @type {Record<string, Record<string, string>>} */
  const flat = {};
  /** @type {{ path: string, name: string }[]} */
  let publicTokens = [];
  fs.mkdirSync(path.join(outDir, 'json'), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'css'), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'js'), { recursive: true });

  for (const report of checked.reports) {
    const { tokens } = await runStyleDictionary(report);
    if (publicTokens.length === 0) publicTokens = tokens;
    combos.push({ theme: report.theme, brand: report.brand, declarations: new Map(tokens.map((t) => [t.name, t.value])) });
    /** @type {Record<string, unknown>} */
    const nestedValues = {};
    /** @type {Record<string, unknown>} */
    const dtcg = {
      $description: `Polku tokens, theme "${report.theme}", brand "${report.brand}": resolved values (generated).`,
    };
    for (const t of tokens) {
      setIn(nestedValues, t.path.split('.'), t.value);
      setIn(dtcg, t.path.split('.'), { $type: t.type, $value: t.value, ...(t.description ? { $description: t.description } : {}) });
    }
    (values[report.theme] ??= {})[report.brand] = nestedValues;
    flat[`${report.theme}.${report.brand}`] = Object.fromEntries(tokens.map((t) => [t.name, t.value]));
    fs.writeFileSync(path.join(outDir, 'json', `${report.theme}.${report.brand}.json`), JSON.stringify(dtcg, null, 2) + '\n');
  }

  fs.writeFileSync(path.join(outDir, 'json', 'tokens.flat.json'), JSON.stringify(flat, null, 2) + '\n');
  fs.writeFileSync(
    path.join(outDir, 'json', 'contrast-report.json'),
    JSON.stringify(
      checked.reports.flatMap((r) =>
        r.results.map((x) => ({ theme: x.theme, brand: x.brand, foreground: x.foreground, background: x.background, foregroundValue: x.foregroundValue, backgroundValue: x.backgroundValue, kind: x.kind, min: x.min, ratio: Number(x.ratio.toFixed(2)), pass: x.pass })),
      ),
      null,
      2,
    ) + '\n',
  );
  const css = assembleCss(combos, themes, brands);
  fs.writeFileSync(path.join(outDir, 'css', `${PREFIX}.css`), css);
  const js = emitJs({ themes, brands, publicTokens, values, pairs });
  fs.writeFileSync(path.join(outDir, 'js', 'index.js'), js.esm);
  fs.writeFileSync(path.join(outDir, 'js', 'index.cjs'), js.cjs);
  fs.writeFileSync(path.join(outDir, 'js', 'index.d.ts'), js.dts);
  fs.writeFileSync(path.join(outDir, 'js', 'index.d.cts'), js.dts);
  log(`wrote ${path.relative(process.cwd(), outDir) || outDir}/{css/polku.css, js/index.{js,cjs,d.ts,d.cts}, json/*.json} (${publicTokens.length} tokens)`);
  return { outDir, css, themes, brands, publicTokens, values, reports: checked.reports };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    await build({
      outDir: opt('--out') ? path.resolve(/** @type {string} */ (opt('--out'))) : undefined,
      tokensDir: opt('--tokens') ? path.resolve(/** @type {string} */ (opt('--tokens'))) : undefined,
      log: (m) => console.log(`[polku-tokens] ${m}`),
    });
  } catch (error) {
    if (error instanceof TokenError || error instanceof ContrastError) {
      console.error(`[polku-tokens] build failed:\n${error.message}`);
    } else {
      console.error(`[polku-tokens] build failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
