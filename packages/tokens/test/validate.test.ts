import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../src/check.mjs';
import { formatIssue, loadTokenSet, TokenError } from '../src/validate.mjs';
import { build, ContrastError } from '../scripts/build.mjs';
import { spawnSync } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');
const tokensDir = path.join(here, '../tokens');

/** Runs the brand check (same code path as the CLI) on a fixture and returns the formatted errors. */
function errorsFor(fixture: string): string[] {
  const file = path.join(fixtures, fixture);
  const result = checkAll({ brandFile: file, brandFileLabel: `fixtures/${fixture}` });
  return result.issues.map(formatIssue);
}

describe('real token sources', () => {
  it('every theme × brand validates and every contrast pair passes', () => {
    const result = checkAll();
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(result.brands).toEqual(['polku', 'kotiseutu']);
    const results = result.reports.flatMap((r) => r.results);
    expect(results.length).toBeGreaterThan(6 * 50);
    expect(result.failures).toEqual([]);
    for (const r of results) expect(r.ratio).toBeGreaterThanOrEqual(r.min);
  });

  it('resolves aliases through the brand layer (kotiseutu overrides the palette)', () => {
    const polku = loadTokenSet({ tokensDir, theme: 'light', brand: 'polku' });
    const koti = loadTokenSet({ tokensDir, theme: 'light', brand: 'kotiseutu' });
    expect(polku.issues).toEqual([]);
    expect(koti.issues).toEqual([]);
    const bg = (set: typeof polku) => (set.tokens.get('color.action.primary.background')?.resolved as { hex: string }).hex;
    expect(bg(polku)).toBe('#2563eb');
    expect(bg(koti)).toBe('#1b7d59');
    expect(koti.tokens.get('radius.control')?.resolved).toEqual({ value: 12, unit: 'px' });
  });
});

describe('bad contrast', () => {
  it('fails naming pair, theme, brand and ratio', () => {
    const result = checkAll({ brandFile: path.join(fixtures, 'bad-contrast.tokens.json') });
    expect(result.issues).toEqual([]);
    expect(result.failures.length).toBeGreaterThan(0);
    const f = result.failures.find(
      (x) => x.theme === 'light' && x.foreground === 'color.text.on-action' && x.background === 'color.action.primary.background',
    );
    expect(f).toBeDefined();
    expect(f!.brand).toBe('bad-contrast');
    expect(f!.ratio).toBeCloseTo(1.49, 2);
  });
});

describe('bad input fixtures fail with file and token path', () => {
  const cases: [string, RegExp][] = [
    ['malformed.tokens.json', /^fixtures\/malformed\.tokens\.json: brand\.primary: malformed JSON at line 5, column 5/],
    ['unknown-type.tokens.json', /^fixtures\/unknown-type\.tokens\.json: brand\.radius\.control: unknown \$type "radius"/],
    ['broken-alias.tokens.json', /^fixtures\/broken-alias\.tokens\.json: brand\.primary\.600: alias \{color\.nope\} does not resolve/],
    ['cycle.tokens.json', /^fixtures\/cycle\.tokens\.json: brand\.primary\.(600|700): alias cycle: \{brand\.primary\.(600|700)\} -> \{brand\.primary\.(600|700)\} -> /],
    ['not-a-colour.tokens.json', /^fixtures\/not-a-colour\.tokens\.json: brand\.primary\.600: not a colour: .*got \{"value":4,"unit":"px"\}/],
    ['unknown-path.tokens.json', /^fixtures\/unknown-path\.tokens\.json: brand\.secondary\.600: unknown token path/],
    ['dimension-without-unit.tokens.json', /^fixtures\/dimension-without-unit\.tokens\.json: brand\.radius\.control: dimension without a unit/],
  ];
  for (const [fixture, pattern] of cases) {
    it(fixture, () => {
      const errors = errorsFor(fixture);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.some((e) => pattern.test(e)), errors.join('\n')).toBe(true);
      for (const e of errors) {
        expect(e).not.toContain('[object Object]');
        expect(e).not.toMatch(/\n\s+at /);
      }
    });
  }
});

describe('validation inside the base sources', () => {
  function tempTokens(mutate: (dir: string) => void) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-tokens-src-'));
    fs.cpSync(tokensDir, dir, { recursive: true });
    mutate(dir);
    return dir;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures mutate arbitrary token JSON
  const patch = (dir: string, rel: string, fn: (json: any) => void) => {
    const file = path.join(dir, rel);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    fn(json);
    fs.writeFileSync(file, JSON.stringify(json));
  };

  it('reports a broken alias in a theme file for that theme', () => {
    const dir = tempTokens((d) => patch(d, 'themes/dark.tokens.json', (j) => (j.color.text.muted.$value = '{color.neutral.1000}')));
    const result = checkAll({ tokensDir: dir });
    expect(result.issues.map(formatIssue)).toEqual([
      'themes/dark.tokens.json: color.text.muted: alias {color.neutral.1000} does not resolve (no token color.neutral.1000)',
    ]);
  });

  it('reports a missing contract token and a token missing from one theme', () => {
    const dir = tempTokens((d) => patch(d, 'themes/high-contrast.tokens.json', (j) => delete j.color.focus.ring));
    const errors = checkAll({ tokensDir: dir }).issues.map(formatIssue);
    expect(errors).toContain(
      'themes/high-contrast.tokens.json: color.focus.ring: required by the token-name contract but not defined as a semantic or theme token',
    );
  });

  it('reports a shadow whose colour alias is not a colour, and a bad cubicBezier', () => {
    const dir = tempTokens((d) =>
      patch(d, 'primitives/effects.tokens.json', (j) => {
        j.elevation['1'].$value[0].color = '{dimension.4}';
        j.easing.standard.$value = [2, 0, 0, 1];
      }),
    );
    const errors = checkAll({ tokensDir: dir }).issues.map(formatIssue);
    expect(errors).toContain(
      'primitives/effects.tokens.json: elevation.1: alias {dimension.4} (shadow[0].color) points to a dimension token, expected color',
    );
    expect(errors.some((e) => e.startsWith('primitives/effects.tokens.json: easing.standard: not a cubic Bézier'))).toBe(true);
  });

  it('rejects a hex that does not match its components and a duplicate definition', () => {
    const dir = tempTokens((d) => {
      patch(d, 'primitives/color.tokens.json', (j) => (j.color.blue['600'].$value.hex = '#000000'));
      patch(d, 'semantic/base.tokens.json', (j) => (j.color = { blue: { '600': { $value: '{color.red.600}' } } }));
    });
    const errors = checkAll({ tokensDir: dir }).issues.map(formatIssue);
    expect(errors).toContain('primitives/color.tokens.json: color.blue.600: colour hex #000000 does not match its components (#2563eb)');
    expect(errors).toContain('semantic/base.tokens.json: color.blue.600: token is already defined in primitives/color.tokens.json');
  });

  it('the build fails with the same message (and no stack) for a bad brand in brands/', async () => {
    const dir = tempTokens((d) => fs.copyFileSync(path.join(fixtures, 'broken-alias.tokens.json'), path.join(d, 'brands/bad.tokens.json')));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-tokens-out-'));
    const error = await build({ tokensDir: dir, outDir: out }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TokenError);
    expect((error as Error).message).toBe('brands/bad.tokens.json: brand.primary.600: alias {color.nope} does not resolve (no token color.nope)');
  });

  it('the build exits 1 listing every failing contrast pair with theme, brand and ratio', async () => {
    const dir = tempTokens((d) => fs.copyFileSync(path.join(fixtures, 'bad-contrast.tokens.json'), path.join(d, 'brands/pale.tokens.json')));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-tokens-out-'));
    const error = await build({ tokensDir: dir, outDir: out }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContrastError);
    const failures = (error as ContrastError).failures;
    expect(failures.length).toBeGreaterThan(1);
    expect(failures.every((f) => f.brand === 'pale')).toBe(true);
    // The same failures from the command line: non-zero exit, one line per pair, no stack trace.
    const cli = spawnSync(process.execPath, [path.join(here, '../scripts/build.mjs'), '--tokens', dir, '--out', out], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`${failures.length} contrast pair(s) fail:`);
    expect(cli.stderr).toContain(
      'contrast 1.69:1 < 4.5:1 (text) — color.text.link (#ffbb33) on color.surface.default (#ffffff) in theme "light", brand "pale"',
    );
    expect(cli.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(out, 'css/polku.css'))).toBe(false);
  });
});
