import { cpSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Node-only server code: no "use client", no styled-components plugin. `@polku/cx/metrics` is bundled from its
// sources (tsconfig.build.json `paths`), so installing the receiver pulls no React; pglite, pg and zod stay
// dependencies. `shims` gives the CommonJS build `import.meta.url`, which finds the copied SQL migrations. The build
// script empties dist/ first: the two configs build in parallel, so neither may clean.
const shared = {
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  tsconfig: 'tsconfig.build.json',
  noExternal: ['@polku/cx'],
  shims: true,
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
    onSuccess: async () => {
      cpSync('src/migrations', 'dist/migrations', { recursive: true });
      const { feedbackResponseJsonSchema } = await import(new URL('./dist/index.js', import.meta.url).href);
      writeFileSync('dist/schema.json', `${JSON.stringify(feedbackResponseJsonSchema, null, 2)}\n`);
    },
  },
  {
    ...shared,
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    splitting: false,
    clean: false,
  },
]);
