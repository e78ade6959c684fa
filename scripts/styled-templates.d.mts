import type { Plugin } from 'esbuild';

/** esbuild plugin: stable `componentId`s and minified CSS text for styled templates under `src/`. */
export function styledTemplates(options: { prefix: string; root: string }): Plugin;
/** CSS text between interpolations, minified. */
export function minifyCssText(text: string): string;
/** Minifies the CSS text of every CSS template in a module's source, leaving `${…}` unchanged. */
export function minifyCssTemplates(source: string): string;
