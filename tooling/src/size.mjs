// Bundle-size measurement shared by `pnpm bench` (bench/run.mjs and the other bench/*/run.mjs), the size-budget test
// (tests/size-budget.test.ts) and the budget on the built packages (scripts/check-size-budget.mjs). `root` is the
// workspace root; the entries below are paths into it (tooling imports nothing outside tooling/).
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { styledTemplates } from './styled-templates.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The typical set of ten, in the order of the issue. */
export const TEN_SET = ['Button', 'TextField', 'Checkbox', 'RadioGroup', 'Select', 'Dialog', 'Tabs', 'Alert', 'Link', 'Spinner'];

/** react and react-dom are never counted: every app has them. */
export const REACT_EXTERNALS = ['react', 'react/*', 'react-dom', 'react-dom/*', 'scheduler'];
export const STYLED_EXTERNALS = ['styled-components'];

/** Package sources, so the budget test needs no prior build. */
export const SOURCE_ENTRIES = {
  '@polku/react': path.join(root, 'packages/react/src/index.ts'),
  '@polku/react/internal': path.join(root, 'packages/react/src/polku-internal.ts'),
  '@polku/cx': path.join(root, 'packages/cx/src/index.ts'),
  '@polku/cx/metrics': path.join(root, 'packages/cx/src/metrics/index.ts'),
};

/**
 * Plugins for bundling from the sources: the entries above, and the package build's template transform (minified CSS
 * text, stable ids), so the sources measure what the build ships.
 */
export const sourcePlugins = () => [polkuResolver(SOURCE_ENTRIES), styledTemplates({ prefix: 'polku', root })];

/** Built packages, as a consumer gets them. */
export const DIST_ENTRIES = {
  '@polku/react': path.join(root, 'packages/react/dist/index.js'),
  '@polku/react/internal': path.join(root, 'packages/react/dist/internal.js'),
  '@polku/cx': path.join(root, 'packages/cx/dist/index.js'),
  '@polku/cx/metrics': path.join(root, 'packages/cx/dist/metrics.js'),
};

/** esbuild plugin: `@polku/*` imports resolve to the given files (sources or dist). */
export function polkuResolver(entries) {
  return {
    name: 'polku-resolver',
    setup(build) {
      build.onResolve({ filter: /^@polku\/(react|react\/internal|cx|cx\/metrics)$/ }, (args) => ({ path: entries[args.path] }));
    },
  };
}

/** esbuild plugin: one copy of the given packages, resolved from `baseDir` (peers bring their own react). */
export function dedupe(packages, baseDir) {
  const filter = new RegExp(`^(${packages.map((name) => name.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?$`);
  return {
    name: 'dedupe',
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'dedupe') return undefined;
        const result = await build.resolve(args.path, { kind: args.kind, resolveDir: baseDir, pluginData: 'dedupe' });
        return result.errors.length ? { errors: result.errors } : { path: result.path, external: result.external };
      });
    },
  };
}

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** esbuild options of an app's production build, shared by every size measurement. */
const productionBuild = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  write: false,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * Bundles `code` like an app's production build (ESM, minified, tree-shaken, NODE_ENV=production) and returns the
 * minified and gzipped bytes of its JS and of any CSS it imports.
 */
export async function measureEntry({ code, resolveDir = root, external = REACT_EXTERNALS, plugins = [], loader = {} }) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir, loader: 'tsx', sourcefile: 'entry.tsx' },
    ...productionBuild,
    outdir: path.join(root, 'bench/node_modules/.polku-bench'),
    external,
    plugins,
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl', '.png': 'empty', ...loader },
    metafile: true,
  });
  let js = '';
  let css = '';
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) js += file.text;
    else if (file.path.endsWith('.css')) css += file.text;
  }
  return { js: js.length, jsGz: gzipSize(js), css: css.length, cssGz: css ? gzipSize(css) : 0, metafile: result.metafile };
}

/**
 * Like measureEntry for many entries at once: one esbuild build with one entry point per name (no code splitting, so
 * each output is a complete bundle), which parses every shared source file once. Returns { name: { js, jsGz } }.
 */
export async function measureEntries(entries, { resolveDir = root, external = REACT_EXTERNALS, plugins = [] } = {}) {
  const virtual = {
    name: 'virtual-entries',
    setup(build) {
      build.onResolve({ filter: /^bench-entry:/ }, (args) => ({ path: args.path.slice('bench-entry:'.length), namespace: 'bench-entry' }));
      build.onLoad({ filter: /.*/, namespace: 'bench-entry' }, (args) => ({ contents: entries[args.path], resolveDir, loader: 'tsx' }));
    },
  };
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(Object.keys(entries).map((name) => [name, `bench-entry:${name}`])),
    ...productionBuild,
    outdir: path.join(root, 'bench/node_modules/.polku-bench/entries'),
    external,
    plugins: [virtual, ...plugins],
  });
  const sizes = {};
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    sizes[path.basename(file.path, '.js')] = { js: file.text.length, jsGz: gzipSize(file.text) };
  }
  return sizes;
}

/** Names a package entry exports, read from esbuild's metafile (no runtime import needed). */
export async function exportNames(file) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    outdir: path.join(root, 'bench/node_modules/.polku-bench'),
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports ?? []);
}

/** PascalCase value exports are the components (types are erased; constants are camelCase). */
export const componentNames = (names) => names.filter((name) => /^[A-Z][A-Za-z0-9]*$/.test(name)).sort();

/** An entry that keeps only the named exports of `from`. */
export const entryFor = (names, from = '@polku/react') => `export { ${names.join(', ')} } from '${from}';\n`;

/**
 * Every component `from` exports (its PascalCase exports, read from `entryFile`), each bundled alone with `options`
 * (see measureEntries). Returns { names, sizes: { name: { js, jsGz } } }.
 */
export async function measureEachExport(from, entryFile, options) {
  const names = componentNames(await exportNames(entryFile));
  const sizes = await measureEntries(Object.fromEntries(names.map((name) => [name, entryFor([name], from)])), options);
  return { names, sizes };
}

/**
 * Compares measured gzip sizes with budgets. `measured` maps a name to gzipped bytes; `budgets` maps the same name to
 * a ceiling in bytes. Returns one message per broken budget (empty when all hold).
 */
export function checkBudgets(measured, budgets) {
  const failures = [];
  for (const [name, ceiling] of Object.entries(budgets)) {
    const size = measured[name];
    if (size === undefined) continue;
    if (size > ceiling) failures.push(`${name}: ${formatKb(size)} gz exceeds its budget of ${formatKb(ceiling)}`);
  }
  return failures;
}

export const formatKb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
