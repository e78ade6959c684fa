#!/usr/bin/env node
// Size budget on the BUILT packages (what a consumer's bundler gets), run by `pnpm check:packages` after publint/attw.
// Bundles `import { Button } from '@polku/react'`, the typical ten-set and @polku/cx's FeedbackWidget + NpsQuestion from dist with esbuild like an
// app's production build (tooling/src/size.mjs: ESM, minified, tree-shaken, NODE_ENV=production, react and react-dom
// external, gzip 9) and compares with bench/budgets.json: `button` (beyond react + styled-components) and `tenSet`
// (styled-components included). tests/size-budget.test.ts checks the same budgets bundled from the sources; this one
// catches packaging that defeats tree-shaking (docs/adr/0007-tree-shakeable-builds.md).
// Run `pnpm build` first. Usage: node scripts/check-size-budget.mjs [--budgets path/to/budgets.json]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DIST_ENTRIES,
  REACT_EXTERNALS,
  STYLED_EXTERNALS,
  SOURCE_ENTRIES,
  TEN_SET,
  checkBudgets,
  entryFor,
  formatKb,
  measureEachExport,
  measureEntry,
  polkuResolver,
  root,
  sourcePlugins,
} from '@polku/tooling/size';

const args = process.argv.slice(2);
const budgetsIndex = args.indexOf('--budgets');
const budgetsFile = path.resolve(budgetsIndex === -1 ? path.join(root, 'bench/budgets.json') : args[budgetsIndex + 1]);
const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8'));

for (const file of [DIST_ENTRIES['@polku/react'], DIST_ENTRIES['@polku/cx']]) {
  if (!existsSync(file)) {
    console.error(`✖ ${path.relative(root, file)} is missing: run \`pnpm build\` first`);
    process.exit(1);
  }
}
const dist = DIST_ENTRIES['@polku/react'];
const cxDist = DIST_ENTRIES['@polku/cx'];

const withoutStyled = [...REACT_EXTERNALS, ...STYLED_EXTERNALS];
const [button, tenSet, feedbackWidget] = await Promise.all([
  measureEntry({ code: entryFor(['Button'], dist), external: withoutStyled }),
  measureEntry({ code: entryFor(TEN_SET, dist) }),
  // @polku/cx's dist imports @polku/react: resolved to packages/react/dist (the root tsconfig's paths would pick the sources)
  measureEntry({ code: entryFor(['FeedbackWidget', 'NpsQuestion'], cxDist), external: withoutStyled, plugins: [polkuResolver(DIST_ENTRIES)] }),
]);
const measured = { button: button.jsGz, tenSet: tenSet.jsGz, feedbackWidget: feedbackWidget.jsGz };
const ceilings = { button: budgets.button, tenSet: budgets.tenSet, feedbackWidget: budgets.cx.feedbackWidgetWithNps };
const labels = {
  button: 'Button, beyond react + styled-components',
  tenSet: `ten-set (${TEN_SET.join(', ')}), with styled-components`,
  feedbackWidget: '@polku/cx FeedbackWidget + NpsQuestion, beyond react + styled-components',
};
for (const [name, size] of Object.entries(measured)) {
  console.log(`${labels[name]}: ${formatKb(size)} gz (budget ${formatKb(ceilings[name])}) from the built package`);
}

const failures = checkBudgets(measured, ceilings);

// Every component and pattern alone must cost from the built package what it costs from the sources: more means the
// build keeps code a consumer's bundler cannot drop (a side effect in a shared chunk; ADR 0007). 2 % + 64 bytes of
// slack for the chunks' import statements.
const SLACK = (sourcesGz) => sourcesGz * 0.02 + 64;
for (const from of ['@polku/react', '@polku/cx']) {
  const [built, sources] = await Promise.all([
    measureEachExport(from, SOURCE_ENTRIES[from], { plugins: [polkuResolver(DIST_ENTRIES)], external: withoutStyled }),
    measureEachExport(from, SOURCE_ENTRIES[from], { plugins: sourcePlugins(), external: withoutStyled }),
  ]);
  const heavier = built.names.filter((name) => built.sizes[name].jsGz > sources.sizes[name].jsGz + SLACK(sources.sizes[name].jsGz));
  for (const name of heavier) {
    failures.push(
      `${from} ${name}: ${formatKb(built.sizes[name].jsGz)} gz from the built package, ${formatKb(sources.sizes[name].jsGz)} from the sources`,
    );
  }
  console.log(`${from}: ${built.names.length - heavier.length} of ${built.names.length} exports cost no more built than from the sources`);
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`✖ size budget, built package: ${failure}`);
  console.error(
    `\nBudgets: ${path.relative(root, budgetsFile)}. If the sources fit (tests/size-budget.test.ts) but the built package\n` +
      'does not, the build defeats tree-shaking: check packages/react/tsup.config.ts (one chunk per component,\n' +
      '`splitting`) and `"sideEffects": false` (docs/adr/0007-tree-shakeable-builds.md).',
  );
  process.exit(1);
}
console.log('✔ size budgets hold for the built @polku/react and @polku/cx, and the builds tree-shake like the sources');
