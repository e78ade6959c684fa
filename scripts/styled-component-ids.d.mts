import type { Plugin } from 'esbuild';
/** esbuild plugin: a stable `componentId` for every styled component in the sources (see the .mjs). */
export function styledComponentIds(options: { prefix: string; root: string }): Plugin;
