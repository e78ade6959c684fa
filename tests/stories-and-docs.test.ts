import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as react from '@polku/react';
import * as cx from '@polku/cx';

const root = path.resolve(__dirname, '..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return files(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

const componentTypes = new Set([Symbol.for('react.forward_ref'), Symbol.for('react.memo')]);

/** Exported React components: PascalCase names whose value is a function component, forwardRef or memo. */
export function exportedComponents(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([name, value]) => {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) return false;
      if (typeof value === 'function') return !/^class\s/.test(Function.prototype.toString.call(value)) && !(value.prototype instanceof Error);
      const type = (value as { $$typeof?: symbol } | null)?.$$typeof;
      return type !== undefined && componentTypes.has(type);
    })
    .map(([name]) => name)
    .sort();
}

const storyText = [
  ...files(path.join(root, 'packages'), /\.stories\.tsx$/),
  ...files(path.join(root, 'docs'), /\.stories\.tsx$/),
].map((file) => readFileSync(file, 'utf8'));
const docsText = files(path.join(root, 'docs'), /\.mdx$/).map((file) => readFileSync(file, 'utf8'));

const usedInStories = (name: string) => storyText.some((text) => new RegExp(`(<${name}[\\s>/.]|component:\\s*${name}\\b)`).test(text));
const namedInDocs = (name: string) => docsText.some((text) => new RegExp(`\\b${name}\\b`).test(text));

describe('every exported component has stories and a docs entry', () => {
  const components = [...exportedComponents(react), ...exportedComponents(cx)];

  it('finds the exported components', () => {
    expect(components).toContain('Button');
  });

  it.each(components)('%s is shown in a story', (name) => {
    expect(usedInStories(name), `${name} is exported but no *.stories.tsx renders it`).toBe(true);
  });

  it.each(components)('%s is documented in docs/', (name) => {
    expect(namedInDocs(name), `${name} is exported but no docs/**/*.mdx names it`).toBe(true);
  });

  it('the check fails for a component nobody documented', () => {
    expect(usedInStories('UndocumentedWidget')).toBe(false);
    expect(namedInDocs('UndocumentedWidget')).toBe(false);
  });
});
