import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { CONTRACT_PATHS, cssVarName } from '../src/contract.mjs';

// ---- A tiny cascade for the selector grammar the build emits (:root, [attr="v"], [attr], descendant combinator). --

type Rule = { selectors: string[]; decls: Map<string, string>; media?: string; order: number };
type El = Record<string, string>;
type Tree = { [key: string]: Tree | string | undefined };
const leafAt = (tree: unknown, p: string): unknown => p.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree); // attributes; index 0 of a chain is the root element

function parseCss(css: string): Rule[] {
  const rules: Rule[] = [];
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (text: string, media?: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      while (depth > 0) {
        depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
        j++;
      }
      const inner = text.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) walk(inner, prelude);
      else {
        const decls = new Map<string, string>();
        for (const d of inner.split(';')) {
          const k = d.indexOf(':');
          if (k > 0) decls.set(d.slice(0, k).trim(), d.slice(k + 1).trim());
        }
        rules.push({ selectors: prelude.split(',').map((s) => s.trim()), decls, media, order: rules.length });
      }
      i = j;
    }
  };
  walk(body);
  return rules;
}

function compoundMatches(compound: string, el: El, isRoot: boolean): boolean {
  const parts = compound.match(/:root|\[[^\]]+\]/g) ?? [];
  if (parts.join('') !== compound) throw new Error(`unexpected selector syntax: ${compound}`);
  return parts.every((p) => {
    if (p === ':root') return isRoot;
    const m = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(p)!;
    return m[2] === undefined ? m[1]! in el : el[m[1]!] === m[2];
  });
}

/** Specificity (attribute/pseudo count) of `selector` if it matches chain[idx], else -1. */
function match(selector: string, chain: El[], idx: number): number {
  const compounds = selector.split(/\s+/);
  const last = compounds.at(-1)!;
  if (!compoundMatches(last, chain[idx]!, idx === 0)) return -1;
  let k = idx - 1;
  for (let c = compounds.length - 2; c >= 0; c--) {
    while (k >= 0 && !compoundMatches(compounds[c]!, chain[k]!, k === 0)) k--;
    if (k < 0) return -1;
    k--;
  }
  return (selector.match(/:root|\[/g) ?? []).length;
}

/** Computed custom properties of the last element in `chain` (custom properties inherit). */
function computed(rules: Rule[], chain: El[], prefersDark = false): Map<string, string> {
  let inherited = new Map<string, string>();
  chain.forEach((_, idx) => {
    const own = new Map(inherited);
    const winners = new Map<string, [number, number]>();
    for (const rule of rules) {
      if (rule.media && !(prefersDark && rule.media.includes('prefers-color-scheme: dark'))) continue;
      const spec = Math.max(...rule.selectors.map((s) => match(s, chain, idx)));
      if (spec < 0) continue;
      for (const [name, value] of rule.decls) {
        const prev = winners.get(name);
        if (!prev || spec > prev[0] || (spec === prev[0] && rule.order > prev[1])) {
          winners.set(name, [spec, rule.order]);
          own.set(name, value);
        }
      }
    }
    inherited = own;
  });
  return inherited;
}

// --------------------------------------------------------------------------------------------------------------

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const BRANDS = ['polku', 'kotiseutu'] as const;
let outDir: string;
let css: string;
let rules: Rule[];
let flat: Record<string, Record<string, string>>;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-tokens-build-'));
  await build({ outDir });
  css = fs.readFileSync(path.join(outDir, 'css/polku.css'), 'utf8');
  rules = parseCss(css);
  flat = JSON.parse(fs.readFileSync(path.join(outDir, 'json/tokens.flat.json'), 'utf8'));
}, 60_000);

const expectCombo = (vars: Map<string, string>, theme: string, brand: string) => {
  const expected = flat[`${theme}.${brand}`]!;
  for (const p of CONTRACT_PATHS) {
    const name = cssVarName(p);
    expect(vars.get(name), `${name} in ${theme} × ${brand}`).toBe(expected[name]);
  }
};

describe('build output', () => {
  it('writes every output file', () => {
    for (const f of ['css/polku.css', 'js/index.js', 'js/index.cjs', 'js/index.d.ts', 'js/index.d.cts', 'json/tokens.flat.json', 'json/contrast-report.json']) {
      expect(fs.existsSync(path.join(outDir, f)), f).toBe(true);
    }
    for (const t of THEMES) for (const b of BRANDS) expect(fs.existsSync(path.join(outDir, `json/${t}.${b}.json`))).toBe(true);
  });

  it('never renders [object Object] or undefined', () => {
    for (const f of fs.readdirSync(path.join(outDir, 'json'))) {
      expect(fs.readFileSync(path.join(outDir, 'json', f), 'utf8')).not.toMatch(/\[object Object\]|"undefined"|NaN/);
    }
    expect(css).not.toMatch(/\[object Object\]|undefined|NaN/);
    expect(fs.readFileSync(path.join(outDir, 'js/index.js'), 'utf8')).not.toContain('[object Object]');
  });

  it('has the contract values the components rely on', () => {
    const v = flat['light.polku']!;
    const spaces = ['0px', '4px', '8px', '12px', '16px', '20px', '24px', '32px', '48px', '64px'];
    spaces.forEach((s, i) => expect(v[`--polku-space-${i}`]).toBe(s));
    expect(v['--polku-size-target-minimum']).toBe('24px');
    expect(v['--polku-size-target-comfortable']).toBe('44px');
    expect([v['--polku-size-control-s'], v['--polku-size-control-m'], v['--polku-size-control-l']]).toEqual(['32px', '40px', '48px']);
    expect([v['--polku-size-icon-s'], v['--polku-size-icon-m'], v['--polku-size-icon-l']]).toEqual(['16px', '20px', '24px']);
    expect([v['--polku-size-focus-ring-width'], v['--polku-size-focus-ring-offset']]).toEqual(['2px', '2px']);
    expect([v['--polku-border-width-thin'], v['--polku-border-width-thick']]).toEqual(['1px', '2px']);
    expect(v['--polku-font-size-m']).toMatch(/rem$/);
    expect(v['--polku-motion-easing-standard']).toMatch(/^cubic-bezier\(/);
    expect(v['--polku-shadow-m']).toMatch(/^0px 4px 8px -2px rgb\(0 0 0 \/ 0\.16\)/);
    expect(v['--polku-font-family-body']).toMatch(/^"Inter", system-ui/);
    expect(flat['light.kotiseutu']!['--polku-font-family-body']).toMatch(/^"Source Sans 3"/);
    expect(flat['light.kotiseutu']!['--polku-radius-control']).toBe('12px');
    expect(flat['high-contrast.polku']!['--polku-color-focus-ring']).toBe('#ffd400');
    expect(flat['dark.polku']!['--polku-color-surface-default']).toBe('#121417');
  });

  it('every contract variable resolves in every theme × brand, with attributes on the same element', () => {
    expectCombo(computed(rules, [{}]), 'light', 'polku');
    for (const theme of THEMES) {
      for (const brand of BRANDS) {
        expectCombo(computed(rules, [{}, { 'data-polku-theme': theme, 'data-polku-brand': brand }]), theme, brand);
        expectCombo(computed(rules, [{ 'data-polku-theme': theme, 'data-polku-brand': brand }]), theme, brand);
      }
    }
  });

  it('resolves theme and brand set on an ancestor and a descendant, either way round', () => {
    for (const theme of THEMES) {
      for (const brand of BRANDS) {
        const t = { 'data-polku-theme': theme };
        const b = { 'data-polku-brand': brand };
        expectCombo(computed(rules, [{}, t, b]), theme, brand);
        expectCombo(computed(rules, [{}, b, t]), theme, brand);
        expectCombo(computed(rules, [t, {}, b, {}]), theme, brand);
        expectCombo(computed(rules, [b, {}, t, {}]), theme, brand);
      }
    }
  });

  it('a nested theme or brand wins for its subtree', () => {
    const outer = { 'data-polku-theme': 'dark', 'data-polku-brand': 'kotiseutu' };
    expectCombo(computed(rules, [outer, { 'data-polku-theme': 'light' }]), 'light', 'kotiseutu');
    expectCombo(computed(rules, [outer, { 'data-polku-brand': 'polku' }]), 'dark', 'polku');
    expectCombo(computed(rules, [outer, { 'data-polku-theme': 'high-contrast', 'data-polku-brand': 'polku' }]), 'high-contrast', 'polku');
    expectCombo(computed(rules, [{ 'data-polku-theme': 'dark' }, {}, { 'data-polku-theme': 'light' }, {}]), 'light', 'polku');
    expectCombo(computed(rules, [{ 'data-polku-brand': 'kotiseutu' }, { 'data-polku-theme': 'dark' }, { 'data-polku-brand': 'polku' }]), 'dark', 'polku');
    expectCombo(computed(rules, [{ 'data-polku-theme': 'dark' }, { 'data-polku-theme': 'high-contrast' }, { 'data-polku-brand': 'kotiseutu' }]), 'high-contrast', 'kotiseutu');
  });

  it('theme "auto" follows prefers-color-scheme', () => {
    for (const brand of BRANDS) {
      const el = { 'data-polku-theme': 'auto', 'data-polku-brand': brand };
      expectCombo(computed(rules, [el], false), 'light', brand);
      expectCombo(computed(rules, [el], true), 'dark', brand);
      expectCombo(computed(rules, [{ 'data-polku-brand': brand }, { 'data-polku-theme': 'auto' }], true), 'dark', brand);
    }
    expectCombo(computed(rules, [{ 'data-polku-theme': 'auto' }], true), 'dark', 'polku');
    // An explicit theme is not affected by the media query.
    expectCombo(computed(rules, [{ 'data-polku-theme': 'light' }], true), 'light', 'polku');
  });

  it('sets color-scheme per theme', () => {
    expect(computed(rules, [{ 'data-polku-theme': 'dark' }]).get('color-scheme')).toBe('dark');
    expect(computed(rules, [{ 'data-polku-theme': 'light' }]).get('color-scheme')).toBe('light');
    expect(computed(rules, [{ 'data-polku-theme': 'high-contrast', 'data-polku-brand': 'kotiseutu' }]).get('color-scheme')).toBe('dark');
  });
});

describe('JS module', () => {
  it('ESM exports vars, values, themes, brands and contrastPairs', async () => {
    // Loaded by plain Node in a child process, exactly as a consumer would load the published ES module.
    const url = pathToFileURL(path.join(outDir, 'js/index.js')).href;
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import * as m from ${JSON.stringify(url)}; console.log(JSON.stringify({ ...m, cssVarSample: m.cssVar('color.focus.ring') }));`],
      { encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    const mod = JSON.parse(child.stdout);
    expect(mod.vars.color.text.default).toBe('var(--polku-color-text-default)');
    expect(mod.vars.font.size['2xl']).toBe('var(--polku-font-size-2xl)');
    expect(mod.vars['z-index'].modal).toBe('var(--polku-z-index-modal)');
    expect(mod.themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(mod.brands).toEqual(['polku', 'kotiseutu']);
    expect(mod.values.dark.kotiseutu.color.surface.default).toBe('#121417');
    expect(mod.values.light.kotiseutu.color.action.primary.background).toBe('#1b7d59');
    expect(mod.contrastPairs.length).toBeGreaterThan(50);
    expect(mod.contrastPairs[0]).toMatchObject({ foreground: expect.any(String), background: expect.any(String), min: expect.any(Number) });
    expect(mod.cssVarSample).toBe('var(--polku-color-focus-ring)');
    // Every contract path is in vars.
    for (const p of CONTRACT_PATHS) {
      const leaf = leafAt(mod.vars, p);
      expect(leaf, p).toBe(`var(${cssVarName(p)})`);
    }
  });

  it('CJS exports the same data', () => {
    const require = createRequire(import.meta.url);
    const cjs = require(path.join(outDir, 'js/index.cjs'));
    expect(cjs.vars.color.text.default).toBe('var(--polku-color-text-default)');
    expect(cjs.values['high-contrast'].polku.color.focus.ring).toBe('#ffd400');
  });

  it('declares as-const literal types for vars and unions for Theme and Brand', () => {
    const dts = fs.readFileSync(path.join(outDir, 'js/index.d.ts'), 'utf8');
    expect(dts).toContain('export type Theme = "light" | "dark" | "high-contrast";');
    expect(dts).toContain('export type Brand = "polku" | "kotiseutu";');
    expect(dts).toMatch(/readonly default: "var\(--polku-color-text-default\)";/);
    expect(dts).toContain('export declare const values: { readonly [T in Theme]: { readonly [B in Brand]: TokenValues } };');
    expect(fs.readFileSync(path.join(outDir, 'js/index.d.cts'), 'utf8')).toBe(dts);
  });
});

describe('JSON output', () => {
  it('is nested DTCG with resolved values for every theme × brand', () => {
    for (const t of THEMES) {
      for (const b of BRANDS) {
        const json = JSON.parse(fs.readFileSync(path.join(outDir, `json/${t}.${b}.json`), 'utf8'));
        expect(json.color.text.default).toEqual({ $type: 'color', $value: flat[`${t}.${b}`]!['--polku-color-text-default'] });
        expect(json.space['4'].$value).toBe('16px');
        for (const p of CONTRACT_PATHS) {
          const leaf = leafAt(json, p) as { $value?: unknown } | undefined;
          expect(typeof leaf?.$value, `${p} in ${t}.${b}`).toBe('string');
        }
      }
    }
  });
});
