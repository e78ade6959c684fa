import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spaceScale } from '../packages/react/src/internal/polku-space';

const root = path.resolve(__dirname, '..');
const cssPath = path.join(root, 'packages/tokens/dist/css/polku.css');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|css)$/.test(name) && !/\.(test|stories)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every `var(--polku-…)` a component or pattern uses, with the files that use it. */
export function referencedVariables(dirs: string[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      // A name completed by a template expression (`--polku-space-${step}`) is checked against its scale below.
      for (const match of readFileSync(file, 'utf8').matchAll(/var\(\s*(--polku-[a-z0-9-]+)(\$\{)?/g)) {
        if (match[2]) continue;
        const name = match[1]!;
        used.set(name, [...(used.get(name) ?? []), path.relative(root, file)]);
      }
    }
  }
  return used;
}

export function definedVariables(css: string): Set<string> {
  return new Set([...css.matchAll(/(--polku-[a-z0-9-]+)\s*:/g)].map((match) => match[1]!));
}

describe('token references', () => {
  it('every var(--polku-*) used by @polku/react, @polku/cx and Storybook is defined by @polku/tokens', () => {
    expect(existsSync(cssPath), 'run the tokens build first: pnpm --filter @polku/tokens build').toBe(true);
    const defined = definedVariables(readFileSync(cssPath, 'utf8'));
    const used = referencedVariables([
      path.join(root, 'packages/react/src'),
      path.join(root, 'packages/cx/src'),
      path.join(root, '.storybook'),
    ]);
    const missing = [...used].filter(([name]) => !defined.has(name)).map(([name, files]) => `${name} (${[...new Set(files)].join(', ')})`);
    expect(missing, `undefined token variables:\n${missing.join('\n')}`).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });

  it('every step of the spacing scale that components generate rules for is defined', () => {
    const defined = definedVariables(readFileSync(cssPath, 'utf8'));
    expect(spaceScale.map((step) => `--polku-space-${step}`).filter((name) => !defined.has(name))).toEqual([]);
  });

  it('the check catches a misspelt variable', () => {
    const defined = definedVariables(':root { --polku-color-text-default: #000; }');
    expect(defined.has('--polku-color-text-default')).toBe(true);
    expect(defined.has('--polku-color-text-defualt')).toBe(false);
  });
});
