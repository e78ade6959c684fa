// @vitest-environment node
/**
 * Import arrows between the repo's folders (issue 17 item 3; the folder map in docs/ARCHITECTURE.md). Scans every
 * source file's imports (static, dynamic, `export … from`, `require`, JSDoc `import('…')` types and
 * `new URL('…', import.meta.url)` of a code file) and fails on an arrow the map forbids:
 *
 * - a package (packages/<name>/) reaching outside its own folder by path: other packages only by their name
 *   (`@polku/react`), never into their src/, and build code from `@polku/tooling/…`;
 * - packages/* or bench/ importing the root scripts/, or scripts/ importing bench/;
 * - scripts/ or bench/ importing a package's files by path (tests/, docs/ and .storybook/ may: they test and show
 *   the sources);
 * - tooling/ (the bottom layer) importing anything outside tooling/, by path or as a `@polku/*` package.
 *
 * The rules are unit-tested on planted imports below, so a broken rule cannot pass silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SOURCE = /\.(?:[cm]?js|[cm]?ts|tsx)$/;
/** Folders never scanned: installed, built or generated code, and scratch folders (hidden ones except .storybook). */
const SKIP = new Set(['node_modules', 'dist', 'storybook-static', 'results', '.work', '.out', 'coverage']);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || (entry.name.startsWith('.') && entry.name !== '.storybook')) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) yield file;
  }
}

/** Every module a source text refers to. */
export function specifiersOf(source: string): string[] {
  const found = ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
  for (const match of source.matchAll(/new URL\(\s*['"]([^'"]+\.(?:[cm]?js|[cm]?ts|tsx))['"]\s*,\s*import\.meta\.url/g)) {
    found.push(match[1]!);
  }
  return [...new Set(found)];
}

/** The folder a repo path belongs to: `packages/<name>`, or the first segment (`scripts`, `bench`, `tests`, …). */
export function folderOf(relative: string): string {
  const parts = relative.split('/');
  if (parts.length === 1) return '(root)';
  return parts[0] === 'packages' ? `packages/${parts[1]}` : parts[0]!;
}

/**
 * The rule an import from `fromFile` (repo-relative, `/` separators) of `specifier` breaks, or undefined. A relative
 * specifier is resolved against the importing file; a bare one is a package name.
 */
export function brokenRule(fromFile: string, specifier: string): string | undefined {
  const from = folderOf(fromFile);
  const isPath = specifier.startsWith('.') || specifier.startsWith('/');
  if (!isPath) {
    if (from === 'tooling' && /^@polku\/(?!tooling(\/|$))/.test(specifier)) {
      return 'tooling/ imports a package above it';
    }
    return undefined;
  }
  const target = specifier.startsWith('/')
    ? path.relative(root, specifier)
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  if (target.startsWith('..')) return from === 'tooling' || from.startsWith('packages/') ? 'reaches outside the repo' : undefined;
  const to = folderOf(target);
  if (to === from) return undefined;
  if (from === 'tooling') return 'tooling/ imports upward (outside tooling/)';
  if (to === 'scripts' && (from.startsWith('packages/') || from === 'bench')) return `${from} imports the root scripts/`;
  if (from === 'scripts' && to === 'bench') return 'scripts/ imports bench/';
  if ((from === 'scripts' || from === 'bench') && to.startsWith('packages/')) {
    return `${from}/ imports ${to} by path (use its package name or @polku/tooling)`;
  }
  if (from.startsWith('packages/')) {
    return to.startsWith('packages/')
      ? `${from} imports ${to} by path (use its package name, never its src/)`
      : `${from} imports ${to} by path (a package reaches only its own folder and other packages by name)`;
  }
  return undefined;
}

/** Every forbidden import in the repo, as `file: specifier (rule)`. */
function repoViolations(): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const rule = brokenRule(relative, specifier);
      if (rule) violations.push(`${relative}: '${specifier}' (${rule})`);
    }
  }
  return violations;
}

describe('import arrows', () => {
  it('finds imports of every kind', () => {
    const source = [
      "import a from './a.mjs';",
      "export { b } from '../b.mjs';",
      "const c = await import('../c.mjs');",
      "/** @returns {Promise<typeof import('../d.mjs')>} */",
      "const e = require('e');",
      "const f = await import(new URL('../f.mjs', import.meta.url).href);",
      "import type { G } from '@polku/g';",
    ].join('\n');
    expect(specifiersOf(source).sort()).toEqual(['../b.mjs', '../c.mjs', '../d.mjs', '../f.mjs', './a.mjs', '@polku/g', 'e']);
  });

  it.each([
    ['packages/react/tsup.config.ts', '../../scripts/styled-templates.mjs'],
    ['packages/cx/src/Thing/Thing.tsx', '../../../react/src/Button/Button'],
    ['packages/cx/tsup.config.ts', '../../tooling/src/styled-templates.mjs'],
    ['bench/run.mjs', '../scripts/chromium.mjs'],
    ['bench/combobox/run.mjs', '../../scripts/pack.mjs'],
    ['scripts/check-size-budget.mjs', '../bench/lib/size.mjs'],
    ['scripts/check-storybook-preview.mjs', '../packages/tokens/src/review/server.mjs'],
    ['tooling/src/size.mjs', '../../packages/react/src/index.ts'],
    ['tooling/src/size.mjs', '../../scripts/pack.mjs'],
    ['tooling/src/size.mjs', '@polku/react'],
  ])('forbids %s → %s', (from, specifier) => {
    expect(brokenRule(from, specifier)).toBeTypeOf('string');
  });

  it.each([
    ['packages/react/tsup.config.ts', '@polku/tooling/styled-templates'],
    ['packages/tokens/src/review/candidate.mjs', '../../scripts/build.mjs'],
    ['packages/cx/src/index.ts', '@polku/react'],
    ['bench/run.mjs', '@polku/tooling/chromium'],
    ['bench/run.mjs', './lib/report.mjs'],
    ['scripts/polku.mjs', '../tooling/src/chromium.mjs'],
    ['scripts/check-size-budget.mjs', '@polku/tooling/size'],
    ['tooling/src/size.mjs', './styled-templates.mjs'],
    ['tests/token-references.test.ts', '../packages/react/src/internal/polku-space'],
  ])('allows %s → %s', (from, specifier) => {
    expect(brokenRule(from, specifier)).toBeUndefined();
  });

  it('no source file in the repo imports against the folder map', () => {
    expect(repoViolations()).toEqual([]);
  });
});
