// Types for size.mjs, so its TypeScript importers (tests/size-budget.test.ts) typecheck.
import type { Metafile, Plugin } from 'esbuild';

export const root: string;
export const TEN_SET: string[];
export const REACT_EXTERNALS: string[];
export const STYLED_EXTERNALS: string[];
export const SOURCE_ENTRIES: Record<string, string>;
export const DIST_ENTRIES: Record<string, string>;
export function polkuResolver(entries: Record<string, string>): Plugin;
/** The entries from the sources plus the package build's template transform (minified CSS, stable ids). */
export function sourcePlugins(): Plugin[];
export function dedupe(packages: string[], baseDir: string): Plugin;
export function gzipSize(text: string): number;
export interface EntrySize {
  js: number;
  jsGz: number;
  css: number;
  cssGz: number;
  metafile: Metafile;
}
export function measureEntry(options: {
  code: string;
  resolveDir?: string;
  external?: string[];
  plugins?: Plugin[];
  loader?: Record<string, string>;
}): Promise<EntrySize>;
export function measureEntries(
  entries: Record<string, string>,
  options?: { resolveDir?: string; external?: string[]; plugins?: Plugin[] },
): Promise<Record<string, { js: number; jsGz: number }>>;
export function exportNames(file: string): Promise<string[]>;
export function measureEachExport(
  from: string,
  entryFile: string,
  options?: { resolveDir?: string; external?: string[]; plugins?: Plugin[] },
): Promise<{ names: string[]; sizes: Record<string, { js: number; jsGz: number }> }>;
export function componentNames(names: string[]): string[];
export function entryFor(names: string[], from?: string): string;
export function checkBudgets(measured: Record<string, number>, budgets: Record<string, number>): string[];
export function formatKb(bytes: number): string;
