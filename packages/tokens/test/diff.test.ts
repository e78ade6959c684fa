import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTokens, formatDiff } from '../src/diff.mjs';

const before = {
  'light.polku': { '--polku-color-text-default': '#1c1f24', '--polku-color-old': '#000000', '--polku-space-4': '16px' },
  'dark.polku': { '--polku-color-text-default': '#f1f3f5' },
};
const after = {
  'light.polku': { '--polku-color-text-default': '#111111', '--polku-color-new': '#ffffff', '--polku-space-4': '16px' },
  'dark.polku': { '--polku-color-text-default': '#f1f3f5' },
};

describe('token diff', () => {
  it('lists added, removed and changed tokens per theme × brand, and nothing that stayed', () => {
    const diff = diffTokens(before, after);
    expect(diff.added).toEqual([{ combination: 'light.polku', name: '--polku-color-new', value: '#ffffff' }]);
    expect(diff.removed).toEqual([{ combination: 'light.polku', name: '--polku-color-old', value: '#000000' }]);
    expect(diff.changed).toEqual([{ combination: 'light.polku', name: '--polku-color-text-default', before: '#1c1f24', after: '#111111' }]);
    expect(formatDiff(diff)).toContain('~ light.polku --polku-color-text-default: #1c1f24 → #111111');
    expect(formatDiff(diffTokens(before, before))).toBe('No token changes.');
  });

  it('the CLI compares a release snapshot with another token set', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'polku-diff-'));
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ version: '0.0.1', values: before }));
    writeFileSync(path.join(dir, 'new.json'), JSON.stringify(after));
    const bin = path.resolve(__dirname, '../bin/polku-tokens.mjs');
    const output = execFileSync(process.execPath, [bin, 'diff', path.join(dir, 'old.json'), path.join(dir, 'new.json')], { encoding: 'utf8' });
    expect(output).toContain('+ light.polku --polku-color-new: #ffffff');
    const missing = spawnSync(process.execPath, [bin, 'diff', path.join(dir, 'nope.json')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json: no such file');
  });
});
