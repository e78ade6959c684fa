import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBrandText } from '../src/check-resolved.mjs';
import { formatFailure } from '../src/contrast.mjs';
import { formatIssue } from '../src/validate.mjs';

const tokensDir = path.resolve(__dirname, '../tokens');
const read = (rel: string) => ({ file: rel, tree: JSON.parse(readFileSync(path.join(tokensDir, rel), 'utf8')) });
const list = (dir: string) => readdirSync(path.join(tokensDir, dir)).filter((f) => f.endsWith('.tokens.json')).sort().map((f) => read(`${dir}/${f}`));
const base = {
  primitives: list('primitives'),
  brand: read('brands/polku.tokens.json'),
  semantic: list('semantic'),
  themes: Object.fromEntries(['light', 'dark', 'high-contrast'].map((t) => [t, read(`themes/${t}.tokens.json`)])),
};
const pairs = JSON.parse(readFileSync(path.resolve(__dirname, '../src/contrast-pairs.json'), 'utf8')).pairs;

describe('checkBrandText (the brand playground, without a file system)', () => {
  it('passes the real second brand in every theme and returns its CSS variables', () => {
    const text = readFileSync(path.join(tokensDir, 'brands/kotiseutu.tokens.json'), 'utf8');
    const reports = checkBrandText({ base, brandText: text, brandFile: 'kotiseutu.tokens.json', pairs });
    expect(reports.map((r) => r.theme)).toEqual(['light', 'dark', 'high-contrast']);
    for (const report of reports) {
      expect(report.issues).toEqual([]);
      expect(report.results.length).toBe(pairs.length);
      expect(report.results.every((r) => r.pass)).toBe(true);
    }
    expect(reports[0]!.cssVariables['--polku-color-action-primary-background']).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('fails the deliberately bad brand with the same messages as the CLI', () => {
    const text = readFileSync(path.resolve(__dirname, 'fixtures/bad-contrast.tokens.json'), 'utf8');
    const reports = checkBrandText({ base, brandText: text, brandFile: 'bad-contrast.tokens.json', pairs });
    const failures = reports.flatMap((r) => r.results.filter((x) => !x.pass));
    expect(failures.length).toBeGreaterThan(0);
    expect(formatFailure(failures[0]!)).toMatch(/bad-contrast/);
    expect(formatFailure(failures[0]!)).toMatch(/\d+\.\d+/);
  });

  it('reports malformed JSON and unknown paths naming the file, without crashing', () => {
    const [broken] = checkBrandText({ base, brandText: '{ "brand": { ', brandFile: 'mine.tokens.json', pairs });
    expect(broken!.issues.map(formatIssue).join('\n')).toMatch(/mine\.tokens\.json.*malformed JSON/);
    const unknown = checkBrandText({ base, brandText: readFileSync(path.resolve(__dirname, 'fixtures/unknown-path.tokens.json'), 'utf8'), brandFile: 'mine.tokens.json', pairs });
    const message = unknown[0]!.issues.map(formatIssue).join('\n');
    expect(message).toMatch(/mine\.tokens\.json/);
    expect(message).not.toMatch(/\[object Object\]/);
  });
});
