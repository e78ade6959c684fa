import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import { styledTemplates } from '@polku/tooling/styled-templates';
import { dropEmptySourcemaps } from '@polku/tooling/drop-empty-sourcemaps';

const shared = {
  sourcemap: true,
  // No rollup treeshake pass: it strips the "use client" banner. esbuild already drops unused ESM code.
  target: 'es2020',
  tsconfig: 'tsconfig.build.json',
  external: ['react', 'react-dom', 'styled-components', '@polku/react', '@polku/tokens'],
  // Stable styled-components ids: server and client may load different subsets of the chunks (hydration).
  esbuildPlugins: [styledTemplates({ prefix: 'polkucx', root: process.cwd() })],
} as const;

// Declarations are generated with Node's globals in scope, like the typecheck (tsconfig.base.json `types: ["node"]`):
// the development checks read `process.env.NODE_ENV` behind a `typeof process` guard. The emitted .d.ts files do not
// reference Node types (attw in `pnpm check:packages` resolves them without @types/node). One declaration rollup per
// public entry only.
// `@polku/cx/metrics` (imported by MetricCard and NpsSummary) resolves to its sources, not to a dist/ that the parallel
// metrics build may not have written yet.
const metricsSource = fileURLToPath(new URL('./src/metrics/index.ts', import.meta.url));
const dtsFor = (entry: Record<string, string>) => ({
  entry,
  compilerOptions: { types: ['node'], paths: { '@polku/cx/metrics': [metricsSource] } },
});

// Tree-shakeable patterns (ADR 0007): the ESM build has one entry per pattern folder plus `index`, with code
// splitting, so `dist/index.js` only re-exports from per-pattern chunks and `"sideEffects": false` lets a consumer's
// bundler drop the patterns it does not import. The folder entries (`dist/patterns/<Name>.js`) are not public subpaths.
const patternEntries = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((dirent) => dirent.isDirectory() && dirent.name !== 'metrics' && existsSync(`src/${dirent.name}/index.ts`))
    .map((dirent) => [`patterns/${dirent.name}`, `src/${dirent.name}/index.ts`]),
);
// Patterns are interactive: every client module (entries and chunks) carries "use client" for server-component
// frameworks; esbuild puts the banner on every JS output file.
// The client build imports `@polku/cx/metrics` as a package (external): one copy of the metrics code, no directive on it.
const client = {
  ...shared,
  external: [...shared.external, '@polku/cx/metrics'],
  banner: { js: '"use client";' },
  dts: dtsFor({ index: 'src/index.ts' }),
};

export default defineConfig([
  // Both formats in one config: one declaration rollup. tsup splits only the ESM output; CommonJS is `dist/index.cjs`
  // in one file (CommonJS consumers do not tree-shake). The per-folder CommonJS files it also writes
  // (`dist/patterns/*.cjs`, whole bundles) are not published: package.json `files` leaves them out.
  // Outputs made only of generated re-exports get maps that map nothing: dropped (the metrics build writes in parallel).
  {
    ...client,
    entry: { index: 'src/index.ts', ...patternEntries },
    format: ['esm', 'cjs'],
    clean: true,
    onSuccess: async () => void dropEmptySourcemaps('dist', { skip: /^metrics\./ }),
  },
  // Metrics are pure TypeScript and usable on the server: no directive, its own entry (no chunks shared with the
  // client build).
  {
    ...shared,
    entry: { metrics: 'src/metrics/index.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
    dts: dtsFor({ metrics: 'src/metrics/index.ts' }),
    clean: false,
  },
]);
