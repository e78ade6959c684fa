import { checkBrandText } from '../../packages/tokens/src/check-resolved.mjs';
import { formatFailure, type ContrastPair } from '../../packages/tokens/src/contrast.mjs';
import { formatIssue } from '../../packages/tokens/src/validate-core.mjs';
import pairsFile from '../../packages/tokens/src/contrast-pairs.json';
import kotiseutuText from '../../packages/tokens/tokens/brands/kotiseutu.tokens.json?raw';

type Tree = Record<string, unknown>;
const sources = import.meta.glob<Tree>('../../packages/tokens/tokens/**/*.tokens.json', { eager: true, import: 'default' });

const entries = Object.entries(sources)
  .map(([key, tree]) => ({ file: key.replace('../../packages/tokens/tokens/', ''), tree }))
  .sort((a, b) => a.file.localeCompare(b.file));
const pick = (prefix: string) => entries.filter((entry) => entry.file.startsWith(prefix));

/** The package's own sources, as the build reads them. */
export const baseSources = {
  primitives: pick('primitives/'),
  brand: entries.find((entry) => entry.file === 'brands/polku.tokens.json')!,
  semantic: pick('semantic/'),
  themes: Object.fromEntries(pick('themes/').map((entry) => [entry.file.replace('themes/', '').replace('.tokens.json', ''), entry])),
};

export const exampleBrandText = kotiseutuText;

export interface PlaygroundReport {
  theme: string;
  problems: string[];
  failures: string[];
  checked: number;
  cssVariables: Record<string, string>;
}

/** Runs the same checks as `polku-tokens check` on a brand file typed into the page. */
export function checkBrand(text: string, fileName = 'my-brand.tokens.json'): PlaygroundReport[] {
  return checkBrandText({ base: baseSources, brandText: text, brandFile: fileName, pairs: pairsFile.pairs as ContrastPair[] }).map((report) => ({
    theme: report.theme,
    problems: report.issues.map(formatIssue),
    failures: report.results.filter((result) => !result.pass).map(formatFailure),
    checked: report.results.length,
    cssVariables: report.cssVariables,
  }));
}
