// @vitest-environment node
/**
 * Size budgets (issue 7). Bundles each export of @polku/react from the package SOURCES with esbuild, like an app's
 * production build (minified, tree-shaken, react and react-dom external), and fails when one grows past its budget.
 * Budgets live in bench/budgets.json; the measured table is in docs/benchmarks.md. Timings are not tested here.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import budgets from '../bench/budgets.json';
import {
  REACT_EXTERNALS,
  SOURCE_ENTRIES,
  STYLED_EXTERNALS,
  TEN_SET,
  checkBudgets,
  componentNames,
  entryFor,
  exportNames,
  formatKb,
  measureEachExport,
  measureEntry,
  sourcePlugins,
} from '@polku/tooling/size';

// tests/setup/unit.ts (shared by the unit project) clears the DOM after every test and assumes jsdom; esbuild needs
// the node environment (jsdom's TextEncoder breaks it), so give the setup the two objects it touches.
if (typeof document === 'undefined') {
  Object.assign(globalThis, { document: { body: { innerHTML: '' } }, window: { localStorage: { clear() {} } } });
}

const plugins = sourcePlugins();
const withoutStyled = [...REACT_EXTERNALS, ...STYLED_EXTERNALS];
const perComponent: Record<string, number> = budgets.perComponent;
const cxPerPattern: Record<string, number> = budgets.cx.perPattern;

/** gzipped JS of `names` from @polku/react; styled-components counted only when `styled` is true. */
async function gz(names: string[], styled = false): Promise<number> {
  const { jsGz } = await measureEntry({ code: entryFor(names), plugins, external: styled ? REACT_EXTERNALS : withoutStyled });
  return jsGz;
}

/**
 * Bundles every component `from` exports alone (beyond react and styled-components) and returns the broken ceilings:
 * `ceilings[name]`, else `fallback`.
 */
async function overCeiling(from: '@polku/react' | '@polku/cx', ceilings: Record<string, number>, fallback: number) {
  const { names, sizes } = await measureEachExport(from, SOURCE_ENTRIES[from]!, { plugins, external: withoutStyled });
  const measured = Object.fromEntries(names.map((name) => [name, sizes[name]!.jsGz]));
  return { exported: names, failures: checkBudgets(measured, Object.fromEntries(names.map((name) => [name, ceilings[name] ?? fallback]))) };
}

describe('size budgets (gzipped, react and react-dom external)', () => {
  it(`Button costs at most ${formatKb(budgets.button)} beyond react and styled-components`, async () => {
    const size = await gz(['Button']);
    expect(checkBudgets({ Button: size }, { Button: budgets.button })).toEqual([]);
  });

  it(`the ten-component set costs at most ${formatKb(budgets.tenSet)} including styled-components`, async () => {
    const exported = componentNames(await exportNames(SOURCE_ENTRIES['@polku/react']!));
    const present = TEN_SET.filter((name) => exported.includes(name));
    expect(present).toContain('Button');
    const size = await gz(present, true);
    expect(checkBudgets({ tenSet: size }, { tenSet: budgets.tenSet })).toEqual([]);
  });

  it('every exported component stays under its ceiling', async () => {
    const { exported, failures } = await overCeiling('@polku/react', perComponent, budgets.perComponentDefault);
    expect(exported.length).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });

  it('the check fails when an entry is too heavy (failure demonstration)', async () => {
    // Button plus 6 KB of incompressible data, standing in for an accidental heavy import.
    const heavy = `${entryFor(['Button'])}export const payload = ${JSON.stringify(randomBytes(6144).toString('base64'))};\n`;
    const { jsGz } = await measureEntry({ code: heavy, plugins, external: withoutStyled });
    const failures = checkBudgets({ Button: jsGz }, { Button: budgets.button });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBe(`Button: ${formatKb(jsGz)} gz exceeds its budget of ${formatKb(budgets.button)}`);
    // and styled-components alone (about 11 KB gz) would break the Button budget if it were counted in it
    const bundledStyled = await gz(['Button'], true);
    expect(checkBudgets({ Button: bundledStyled }, { Button: budgets.button })).toHaveLength(1);
  });
});

describe('size budgets of @polku/cx (gzipped, beyond react and styled-components)', () => {
  it(`FeedbackWidget with NpsQuestion costs at most ${formatKb(budgets.cx.feedbackWidgetWithNps)}`, async () => {
    const { jsGz } = await measureEntry({ code: entryFor(['FeedbackWidget', 'NpsQuestion'], '@polku/cx'), plugins, external: withoutStyled });
    expect(checkBudgets({ feedbackWidget: jsGz }, { feedbackWidget: budgets.cx.feedbackWidgetWithNps })).toEqual([]);
  });

  it('every exported pattern stays under its ceiling, with the @polku/react parts it uses', async () => {
    const { exported, failures } = await overCeiling('@polku/cx', cxPerPattern, budgets.cx.perPatternDefault);
    expect(exported).toContain('FeedbackWidget');
    expect(failures).toEqual([]);
  });
});
