import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '..');
const bin = path.join(pkg, 'bin/polku-tokens.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: pkg, encoding: 'utf8' });

describe('polku-tokens CLI', () => {
  it('--help prints usage and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('polku-tokens check <brand-file>');
  });

  it('exits 0 on the kotiseutu brand and reports pass per pair', () => {
    const r = run('check', 'tokens/brands/kotiseutu.tokens.json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ PASS\s+\d+\.\d\d:1 \(min 4\.5, text\) color\.text\.default on color\.surface\.default/);
    expect(r.stdout).toContain('Theme "high-contrast": 65/65 contrast pairs pass');
    expect(r.stdout).toContain('PASSED');
  });

  it('exits 1 on the bad-contrast brand, naming pair, theme, brand and ratio', () => {
    const r = run('check', 'test/fixtures/bad-contrast.tokens.json');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'contrast 1.49:1 < 4.5:1 (text) — color.text.on-action (#ffffff) on color.action.primary.background (#ffcc66) in theme "light", brand "bad-contrast"',
    );
    expect(r.stdout).toMatch(/✗ FAIL\s+1\.49:1/);
    expect(r.stdout).toContain('FAILED');
    expect(r.stdout).not.toContain('[object Object]');
  });

  it('exits 1 with a file + token path message (no stack trace) on invalid input', () => {
    const r = run('check', 'test/fixtures/cycle.tokens.json');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/test\/fixtures\/cycle\.tokens\.json: brand\.primary\.\d+: alias cycle: /);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a missing file and 2 for usage errors', () => {
    expect(run('check', 'nope.tokens.json').status).toBe(1);
    expect(run('check').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
  });
});
