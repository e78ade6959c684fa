import { defineConfig } from 'tsup';

const shared = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  // Declarations are generated with Node's globals in scope, like the typecheck (tsconfig.base.json `types: ["node"]`):
  // the development checks read `process.env.NODE_ENV` behind a `typeof process` guard. The emitted .d.ts files do not
  // reference Node types (attw in `pnpm check:packages` resolves them without @types/node).
  dts: { compilerOptions: { types: ['node'] } },
  sourcemap: true,
  // No rollup treeshake pass: it strips the "use client" banner. esbuild already drops unused ESM code.
  target: 'es2020',
  tsconfig: 'tsconfig.build.json',
  external: ['react', 'react-dom', 'styled-components', '@polku/react', '@polku/tokens'],
};

export default defineConfig([
  // Patterns are interactive: the entry carries "use client" for server-component frameworks.
  { ...shared, entry: { index: 'src/index.ts' }, banner: { js: '"use client";' }, clean: true },
  // Metrics are pure TypeScript and usable on the server: no directive.
  { ...shared, entry: { metrics: 'src/metrics/index.ts' }, clean: false },
]);
