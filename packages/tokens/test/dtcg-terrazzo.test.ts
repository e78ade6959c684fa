// @vitest-environment node
/**
 * An independent DTCG 2025.10 reading of the token sources: @terrazzo/parser (its own schema checks, alias resolution
 * and core lint rules) parses every theme × brand exactly as the build layers them, and must find no error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig, Logger, parse, type LogEntry } from '@terrazzo/parser';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../src/check.mjs';
import { listBrands, loadTokenSet, sourceFiles } from '../src/validate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const tokensDir = path.resolve(here, '../tokens');

/** Keeps every entry instead of printing it; stops on an error as Terrazzo's own logger does. */
class CollectingLogger extends Logger {
  entries: { severity: 'error' | 'warn'; text: string }[] = [];
  constructor(private files: { abs: string; src: string }[]) {
    super({ level: 'warn' });
  }
  private keep(severity: 'error' | 'warn', entry: LogEntry) {
    // lint entries carry the source text rather than the file name
    const abs = entry.filename ? fileURLToPath(entry.filename) : this.files.find((f) => f.src === entry.src)?.abs;
    const file = abs ? path.relative(tokensDir, abs) : '(sources)';
    this.entries.push({ severity, text: `${file}: ${entry.group}${entry.label ? `:${entry.label}` : ''}: ${entry.message}` });
  }
  override error(...entries: LogEntry[]) {
    for (const entry of entries) this.keep('error', entry);
    this.errorCount += entries.length;
    if (!entries.every((entry) => entry.continueOnError)) throw new Error(entries.map((entry) => entry.message).join('\n'));
  }
  override warn(...entries: LogEntry[]) {
    for (const entry of entries) this.keep('warn', entry);
    this.warnCount += entries.length;
  }
}

/** Parses the layered sources of one theme × brand (or with a brand file) and returns Terrazzo's errors and warnings. */
async function terrazzo(theme: string, brand: string, brandFile?: string) {
  const files = sourceFiles({ tokensDir, theme, brand, ...(brandFile ? { brandFile } : {}) }).map((f) => ({ abs: f.abs, src: fs.readFileSync(f.abs, 'utf8') }));
  const logger = new CollectingLogger(files);
  const config = defineConfig({}, { cwd: pathToFileURL(`${tokensDir}/`) });
  let tokens: Record<string, { $type?: string; $value?: unknown }> = {};
  try {
    ({ tokens } = await parse(
      files.map((f) => ({ filename: pathToFileURL(f.abs), src: f.src })),
      { config, logger },
    ));
  } catch (error) {
    if (logger.entries.length === 0) throw error;
  }
  return { tokens, errors: logger.entries.filter((e) => e.severity === 'error').map((e) => e.text), warnings: logger.entries.filter((e) => e.severity === 'warn').map((e) => e.text) };
}

describe('independent DTCG check (@terrazzo/parser)', () => {
  for (const theme of THEMES) {
    for (const brand of listBrands(tokensDir)) {
      it(`${theme} × ${brand}: every source file parses with 0 errors and 0 warnings`, async () => {
        const result = await terrazzo(theme, brand);
        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
        // Terrazzo combined the layers as the build does: every colour resolves to the same value in both readings
        const ours = loadTokenSet({ tokensDir, theme, brand });
        expect(ours.issues).toEqual([]);
        const colours = [...ours.tokens.values()].filter((t) => t.type === 'color');
        expect(colours.length).toBeGreaterThan(100);
        for (const t of colours) {
          const mine = t.resolved as { components: number[]; alpha?: number };
          const theirs = result.tokens[t.path]?.$value as { components: number[]; alpha?: number } | undefined;
          expect({ path: t.path, components: theirs?.components, alpha: theirs?.alpha ?? 1 }).toEqual({ path: t.path, components: mine.components, alpha: mine.alpha ?? 1 });
        }
      });
    }
  }

  it('reports a dangling alias and a $type mismatch in a broken brand file', async () => {
    const dangling = await terrazzo('light', 'broken', path.join(here, 'fixtures/broken-alias.tokens.json'));
    expect(dangling.errors.join('\n')).toContain('Could not resolve alias {color.nope}');
    const mismatch = await terrazzo('light', 'broken', path.join(here, 'fixtures/not-a-colour.tokens.json'));
    expect(mismatch.errors.join('\n')).toMatch(/not-a-colour\.tokens\.json: .*Invalid color space/);
  });
});
