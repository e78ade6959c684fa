import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
import { styledTemplates } from '@polku/tooling/styled-templates';
import { dropEmptySourcemaps } from '@polku/tooling/drop-empty-sourcemaps';

// Tree-shakeable output (ADR 0007). The ESM build has one entry per component folder plus `index`, with code
// splitting: every component's code lands in its own chunk, and `dist/index.js` only re-exports from the chunks. With
// `"sideEffects": false` a consumer's bundler drops the chunks of components it does not import, even though the
// module-level `styled.x\`…\`` calls are not pure (esbuild, like other bundlers, never treats tagged templates as pure).
// The folder entries (`dist/components/<Name>.js`) are not public subpaths; they only draw the chunk boundaries.
const componentEntries = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((dirent) => dirent.isDirectory() && existsSync(`src/${dirent.name}/index.ts`))
    .map((dirent) => [`components/${dirent.name}`, `src/${dirent.name}/index.ts`]),
);

const shared = {
  sourcemap: true,
  // No rollup treeshake pass: it strips the "use client" banner. esbuild already drops unused ESM code.
  target: 'es2020',
  external: ['react', 'react-dom', 'styled-components', '@polku/tokens'],
  // Every component is interactive; frameworks with server components need the directive on every module they may
  // load (entries and chunks alike). esbuild puts the banner on every JS output file.
  banner: { js: '"use client";' },
  tsconfig: 'tsconfig.build.json',
  // Stable styled-components ids: server and client may load different subsets of the chunks (hydration).
  esbuildPlugins: [styledTemplates({ prefix: 'polku', root: process.cwd() })],
  // One declaration rollup for the public entry (the per-component entries are not public and would be slow).
  // Node's globals are in scope like in the typecheck: `isDevelopment` reads `process.env.NODE_ENV` behind a
  // `typeof process` guard; the emitted .d.ts does not reference Node types.
  // `internal` (`@polku/react/internal`, for the other @polku/* packages only) is rolled up with it.
  dts: { entry: { index: 'src/index.ts', internal: 'src/polku-internal.ts' }, compilerOptions: { types: ['node'] } },
} as const;

// One config for both formats, so the declarations are rolled up once (index.d.ts + index.d.cts; two configs took
// 49 s instead of 18 s here). tsup splits only the ESM output; the CommonJS build is `dist/index.cjs` in one file
// (CommonJS consumers do not tree-shake). The per-folder CommonJS files it also writes (`dist/components/*.cjs`, whole
// bundles) are not published: package.json `files` leaves them out.
// The server-component entry (ADR 0009): the static components built again with the server variants of the styled
// runtime and of the locale context, without "use client". One file, no chunks shared with the client build.
const serverVariants: Plugin = {
  name: 'polku-server-variants',
  setup(build) {
    build.onResolve({ filter: /(^|\/)static-styled$|\/PolkuProvider\/context$/ }, (args) => ({
      path: path.join(args.resolveDir, `${args.path}.server.ts`),
    }));
  },
};

export default defineConfig([
  {
    ...shared,
    // `internal` is in the split build, so in ESM it shares the chunks (one dev-message and styled state) with `index`.
    entry: { index: 'src/index.ts', internal: 'src/polku-internal.ts', ...componentEntries },
    format: ['esm', 'cjs'],
    clean: true,
    // Outputs made only of generated re-exports (the folder entries, empty shared chunks) get maps that map nothing:
    // dropped, so every shipped map is a real one.
    onSuccess: async () => void dropEmptySourcemaps('dist', { skip: /^server\./ }),
  },
  {
    ...shared,
    entry: { server: 'src/server.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
    banner: {},
    external: [...shared.external, 'stylis'],
    esbuildPlugins: [serverVariants, ...shared.esbuildPlugins],
    dts: { entry: { server: 'src/server.ts' }, compilerOptions: { types: ['node'] } },
    clean: false,
  },
]);
