import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // No rollup treeshake pass: it strips the "use client" banner. esbuild already drops unused ESM code.
  target: 'es2020',
  external: ['react', 'react-dom', 'styled-components', '@polku/tokens'],
  // Every component is interactive; frameworks with server components need the directive on the entry.
  banner: { js: '"use client";' },
  tsconfig: 'tsconfig.build.json',
});
