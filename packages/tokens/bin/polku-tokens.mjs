#!/usr/bin/env node
// @ts-check
/**
 * polku-tokens — brand-owner CLI for @polku/tokens.
 *
 *   polku-tokens check <brand-file> [--tokens <dir>] [--failures-only] [--json]
 *   polku-tokens diff <before.json> [<after.json>]
 *   polku-tokens review <candidate.tokens.json> [--brand polku] [--storybook <dir>] [--stories a,b] [--out <dir>]
 *   polku-tokens --help
 *
 * Uses the same validation and contrast functions (and messages) as the package build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAll, brandNameOf } from '../src/check.mjs';
import { formatIssue } from '../src/validate.mjs';
import { formatFailure, formatRatio } from '../src/contrast.mjs';
import { diffTokens, formatDiff } from '../src/diff.mjs';

const HELP = `polku-tokens — check a Polku brand file before it ships

Usage:
  polku-tokens check <brand-file> [options]
  polku-tokens diff <before.json> [<after.json>]
  polku-tokens review <candidate.tokens.json> [review options]
  polku-tokens --help

A brand file is a small DTCG 2025.10 JSON file that overrides tokens of the base
brand (brand.primary.50..950, brand.font.body, brand.font.heading,
brand.radius.control). "check" validates it (JSON, $type, values, unknown token
paths, aliases and alias cycles) and then checks every contrast pair in every
theme (light, dark, high-contrast) with the brand applied.

"diff" lists tokens added, removed and changed per theme × brand between two
token sets: a release snapshot (releases/<version>.json) or a tokens.flat.json.
<after.json> defaults to this package's current build.

"review" builds the candidate with the package build, renders component stories
of a built Storybook in real Chromium in the current brand and the candidate,
side by side in every theme, and writes a static HTML report: screenshots,
contrast per pair for both brands, the token diff and which stories each
changed token reaches. Needs playwright-core and a Chromium (CHROMIUM_PATH);
works offline (only the local Storybook is served).

Review options:
  --brand <name>       brand to compare with (default: polku)
  --storybook <dir>    built Storybook (default: storybook-static)
  --stories <ids>      comma-separated story ids (default: Button, TextField,
                       Alert, Badge, Checkbox, Tabs, NpsQuestion, PromiseBadge)
  --themes <names>     comma-separated themes (default: all)
  --out <dir>          report directory (default: brand-review)

Options:
  --tokens <dir>     token sources to check against (default: the package's own)
  --failures-only    list only failing contrast pairs
  --json             print the results as JSON
  -h, --help         show this help

Exit status: 0 when everything passes, 1 when anything fails, 2 on usage errors.
`;

/** @param {string[]} argv @returns {number | Promise<number>} exit code */
export function run(argv, out = console.log, err = console.error) {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    (argv.length === 0 ? err : out)(HELP.trimEnd());
    return argv.length === 0 ? 2 : 0;
  }
  const [command, ...rest] = argv;
  if (command === 'diff') return runDiff(rest, out, err);
  if (command === 'review') return runReview(rest, out, err);
  if (command !== 'check') {
    err(`polku-tokens: unknown command "${command}". Run "polku-tokens --help".`);
    return 2;
  }
  /** @type {string[]} */
  const positional = [];
  /** @type {string | undefined} */
  let tokensDir;
  let failuresOnly = false;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = /** @type {string} */ (rest[i]);
    if (a === '--tokens') tokensDir = rest[++i];
    else if (a === '--failures-only') failuresOnly = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('-')) {
      err(`polku-tokens: unknown option "${a}". Run "polku-tokens --help".`);
      return 2;
    } else positional.push(a);
  }
  const file = positional[0];
  if (!file || positional.length > 1) {
    err('polku-tokens: "check" needs exactly one brand file, e.g. polku-tokens check brands/my-brand.tokens.json');
    return 2;
  }
  if (!fs.existsSync(file)) {
    err(`${file}: file not found`);
    return 1;
  }
  const brand = brandNameOf(file);
  const label = path.relative(process.cwd(), path.resolve(file)) || file;
  const result = checkAll({
    brandFile: file,
    brandFileLabel: label,
    brandName: brand,
    ...(tokensDir ? { tokensDir: path.resolve(tokensDir) } : {}),
  });
  const failed = result.issues.length > 0 || result.failures.length > 0;

  if (json) {
    out(
      JSON.stringify(
        {
          file: label,
          brand,
          ok: !failed,
          errors: result.issues.map(formatIssue),
          contrast: result.reports.flatMap((r) =>
            r.results.map((x) => ({ theme: x.theme, foreground: x.foreground, background: x.background, ratio: Number(formatRatio(x.ratio, x.min)), min: x.min, pass: x.pass })),
          ),
        },
        null,
        2,
      ),
    );
    return failed ? 1 : 0;
  }

  out(`Checking brand "${brand}" (${label}) in themes: ${result.themes.join(', ')}`);
  if (result.issues.length > 0) {
    out(`\n✗ ${result.issues.length} error(s) in the token sources:`);
    for (const issue of result.issues) out(`  ${formatIssue(issue)}`);
  } else {
    out('\n✓ brand file is valid (schema, token paths, aliases)');
  }
  for (const report of result.reports) {
    if (report.results.length === 0) continue;
    const fails = report.results.filter((x) => !x.pass);
    out(`\nTheme "${report.theme}": ${report.results.length - fails.length}/${report.results.length} contrast pairs pass`);
    for (const x of report.results) {
      if (failuresOnly && x.pass) continue;
      const mark = x.pass ? '  ✓ PASS' : '  ✗ FAIL';
      out(`${mark} ${formatRatio(x.ratio, x.min).padStart(5)}:1 (min ${x.min}, ${x.kind}) ${x.foreground} on ${x.background}  [${x.foregroundValue} on ${x.backgroundValue}]`);
    }
  }
  if (result.failures.length > 0) {
    out(`\n✗ ${result.failures.length} contrast pair(s) fail:`);
    for (const f of result.failures) out(`  ${formatFailure(f)}`);
  }
  out(failed ? `\nFAILED: ${label}` : `\nPASSED: ${label} — every pair meets its WCAG 2.2 minimum in every theme.`);
  return failed ? 1 : 0;
}

/** @param {string} file @returns {Record<string, Record<string, string>>} */
function readFlat(file) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  return data && typeof data === 'object' && 'values' in data ? data.values : data;
}

/** @param {string[]} args @param {(s: string) => void} out @param {(s: string) => void} err */
function runDiff(args, out, err) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const [beforeFile, afterFile = path.join(here, '../dist/json/tokens.flat.json')] = args;
  if (!beforeFile) {
    err('polku-tokens diff: name the file to compare with, e.g. releases/0.1.0.json');
    return 2;
  }
  for (const file of [beforeFile, afterFile]) {
    if (!fs.existsSync(file)) {
      err(`polku-tokens diff: ${file}: no such file`);
      return 2;
    }
  }
  try {
    out(formatDiff(diffTokens(readFlat(beforeFile), readFlat(afterFile))));
    return 0;
  } catch (error) {
    err(`polku-tokens diff: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const REVIEW_OPTIONS = { '--brand': 'currentBrand', '--storybook': 'storybookDir', '--stories': 'stories', '--themes': 'themes', '--out': 'outDir', '--tokens': 'tokensDir' };

/** @param {string[]} args @param {(s: string) => void} out @param {(s: string) => void} err @returns {Promise<number>} */
async function runReview(args, out, err) {
  /** @type {Record<string, any>} */
  const opts = {};
  /** @type {string[]} */
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const a = /** @type {string} */ (args[i]);
    const key = REVIEW_OPTIONS[/** @type {keyof typeof REVIEW_OPTIONS} */ (a)];
    if (key) {
      const v = args[++i];
      if (!v || v.startsWith('--')) {
        err(`polku-tokens review: ${a} needs a value`);
        return 2;
      }
      opts[key] = key === 'stories' || key === 'themes' ? v.split(',').map((x) => x.trim()).filter(Boolean) : v;
    } else if (a.startsWith('-')) {
      err(`polku-tokens review: unknown option "${a}". Run "polku-tokens --help".`);
      return 2;
    } else positional.push(a);
  }
  if (positional.length !== 1) {
    err('polku-tokens review: name exactly one candidate brand file, e.g. polku-tokens review my-brand.tokens.json');
    return 2;
  }
  const candidateFile = /** @type {string} */ (positional[0]);
  if (!fs.existsSync(candidateFile)) {
    err(`${candidateFile}: file not found`);
    return 1;
  }
  const { review } = await import('../src/review/index.mjs');
  try {
    const { data, outDir } = await review({ candidateFile, ...opts, log: (m) => out(`  ${m}`) });
    const failing = data.contrast.filter((r) => r.candidate && !r.candidate.pass).length;
    out(`Wrote ${path.join(path.relative(process.cwd(), outDir) || '.', 'index.html')}: ${data.stories.length} stories × ${data.themes.length} themes × 2 brands, ${data.screenshots.length} screenshots, ${data.reach.length} changed tokens (${data.reach.filter((r) => r.stories.length).length} reach a story), ${failing} failing contrast pair(s).`);
    for (const problem of data.errors) err(`  problem: ${problem}`);
    for (const url of data.blockedRequests) err(`  blocked (offline): ${url}`);
    return failing > 0 || data.errors.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof Error && 'issues' in error) {
      err(`polku-tokens review: the candidate is not valid:`);
      for (const issue of /** @type {any} */ (error).issues) err(`  ${formatIssue(issue)}`);
      return 1;
    }
    err(`polku-tokens review: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    console.error(`polku-tokens: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
