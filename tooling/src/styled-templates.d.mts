import type { Plugin } from 'esbuild';

/** esbuild plugin: stable `componentId`s, minified CSS text and pure definitions for the modules under `src/`. */
export function styledTemplates(options: { prefix: string; root: string }): Plugin;
/** CSS text between interpolations, minified. */
export function minifyCssText(text: string): string;
/** Minifies the CSS text of every CSS template in a module's source, leaving `${…}` unchanged. */
export function minifyCssTemplates(source: string): string;
/** Wraps styled/css/keyframes definitions in pure IIFEs and marks forwardRef/withRef/memo definitions pure. */
export function markDefinitionsPure(source: string): string;
