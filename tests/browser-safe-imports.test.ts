// @vitest-environment node
/**
 * Storybook's browser bundle must not pull Node built-ins (issue 18 item 6): starting from every browser entry
 * (.storybook except main.ts, and docs pages and their modules), follow relative imports and fail on any reached
 * file that imports `node:*`, `fs` or `path`, printing the import chain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceExtensions = ['.ts', '.tsx', '.mts', '.mjs', '.js', '.mdx'];
const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const nodeOnly = /^(node:|fs$|path$|fs\/|child_process$|url$)/;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return sourceExtensions.includes(path.extname(entry.name)) && !/\.test\./.test(entry.name) ? [full] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...sourceExtensions.map((ext) => base + ext), ...sourceExtensions.map((ext) => path.join(base, `index${ext}`))];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3]!).filter(Boolean);
}

/** Each reached file that imports a Node built-in, with the chain of imports that reaches it. */
export function nodeImportsReachedFrom(entries: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue = entries.map((file) => [file]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1]!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiers(file)) {
      if (nodeOnly.test(specifier)) {
        problems.push(`${[...chain].map((f) => path.relative(root, f)).join(' → ')} imports ${specifier}`);
      } else if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (target && !target.endsWith('.json') && !target.endsWith('.css')) queue.push([...chain, target]);
      }
    }
  }
  return problems;
}

const browserEntries = [
  ...walk(path.join(root, '.storybook')).filter((file) => path.basename(file) !== 'main.ts'),
  ...walk(path.join(root, 'docs')),
];

describe('browser-safe imports', () => {
  it('finds the browser entries', () => {
    expect(browserEntries.some((file) => file.endsWith(path.join('.storybook', 'preview.tsx')))).toBe(true);
    expect(browserEntries.some((file) => file.endsWith(path.join('docs', 'tokens', 'brandPlayground.ts')))).toBe(true);
  });

  it('no Storybook or docs module reaches a Node built-in', () => {
    expect(nodeImportsReachedFrom(browserEntries)).toEqual([]);
  });
});
