// The JS each of issue #16's components costs an app (gz, react and react-dom external), beyond styled-components
// and with it, beside react-aria-components' ComboBox / Menu / DatePicker and suomifi-ui-components' SingleSelect /
// DateInput, all measured in one run with the shared helpers in tooling/src/size.mjs.
// Writes bench/results/new-components.json and the "New components: bytes" section of docs/benchmarks.md.
//
//   node bench/new-components/run.mjs [--no-docs]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { writeDocsSection } from '../lib/report.mjs';
import { REACT_EXTERNALS, STYLED_EXTERNALS, dedupe, entryFor, measureEntry, root, sourcePlugins } from '@polku/tooling/size';

const bench = path.join(root, 'bench');
const args = process.argv.slice(2);
const log = (...parts) => console.log('[bench:new-components]', ...parts);
const installed = (name) => existsSync(path.join(bench, 'node_modules', name, 'package.json'));
if (!installed('react-aria-components') || !installed('suomifi-ui-components')) {
  spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
}
const benchRequire = createRequire(path.join(bench, 'package.json'));
const version = (name) => JSON.parse(readFileSync(benchRequire.resolve(`${name}/package.json`), 'utf8')).version;

/** Polku: each component with the parts a page needs to use it (Menu needs its items). */
const POLKU = {
  Combobox: ['Combobox'],
  'MenuButton (Menu)': ['MenuButton', 'MenuItem', 'MenuGroup', 'MenuSeparator'],
  DatePicker: ['DatePicker'],
  FileInput: ['FileInput'],
  NumberField: ['NumberField'],
  SearchField: ['SearchField'],
  ServiceHeader: ['ServiceHeader'],
};

/** Peers: the parts a page imports to build the same control (react-aria ships no styles). */
const ARIA = {
  ComboBox: ['ComboBox', 'Label', 'Input', 'Button', 'Popover', 'ListBox', 'ListBoxItem'],
  Menu: ['MenuTrigger', 'Menu', 'MenuItem', 'MenuSection', 'Separator', 'Button', 'Popover'],
  DatePicker: ['DatePicker', 'DateInput', 'DateSegment', 'Group', 'Label', 'Button', 'Popover', 'Dialog', 'Calendar', 'CalendarGrid', 'CalendarCell', 'Heading'],
};
const SUOMIFI = { SingleSelect: ['SingleSelect'], DateInput: ['DateInput'] };

const withStyled = [...REACT_EXTERNALS];
const withoutStyled = [...REACT_EXTERNALS, ...STYLED_EXTERNALS];
const gz = async (code, options) => (await measureEntry({ code, ...options })).jsGz;

const rows = [];
const polkuOptions = { plugins: [...sourcePlugins(), dedupe(['react', 'react-dom', 'styled-components'], root)] };
for (const [name, parts] of Object.entries(POLKU)) {
  const code = entryFor(parts);
  rows.push({
    library: 'Polku (from sources)',
    component: name,
    parts,
    beyondReactAndStyled: await gz(code, { ...polkuOptions, external: withoutStyled }),
    withStyled: await gz(code, { ...polkuOptions, external: withStyled }),
  });
  log(name, rows.at(-1).beyondReactAndStyled, 'B gz');
}
for (const [name, parts] of Object.entries(ARIA)) {
  // react-aria-components uses no styled-components: both columns are the same bundle
  const size = await gz(entryFor(parts, 'react-aria-components'), { resolveDir: bench, external: withStyled });
  rows.push({ library: `react-aria-components ${version('react-aria-components')}`, component: name, parts, beyondReactAndStyled: size, withStyled: size });
  log(`react-aria ${name}`, size, 'B gz');
}
for (const [name, parts] of Object.entries(SUOMIFI)) {
  const code = entryFor(parts, 'suomifi-ui-components');
  rows.push({
    library: `suomifi-ui-components ${version('suomifi-ui-components')}`,
    component: name,
    parts,
    beyondReactAndStyled: await gz(code, { resolveDir: bench, external: withoutStyled }),
    withStyled: await gz(code, { resolveDir: bench, external: withStyled }),
  });
  log(`suomifi ${name}`, rows.at(-1).beyondReactAndStyled, 'B gz');
}

const results = {
  date: new Date().toISOString(),
  method:
    'One run, one process: esbuild production bundle of an entry that re-exports the listed parts (ESM, minified, ' +
    'tree-shaken, NODE_ENV=production), gzip level 9, react / react-dom / scheduler external; "beyond react + ' +
    'styled-components" also leaves styled-components out. Polku from its sources with the package build\'s template ' +
    'transform (tooling/src/size.mjs sourcePlugins); peers from bench/node_modules. JS only: no CSS file is imported by ' +
    'any of these entries.',
  versions: {
    esbuild: esbuild.version,
    'react-aria-components': version('react-aria-components'),
    'suomifi-ui-components': version('suomifi-ui-components'),
    'styled-components': version('styled-components'),
  },
  rows,
};
writeFileSync(path.join(bench, 'results/new-components.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results/new-components.json');

function renderMarkdown() {
  const kb = (bytes) => (bytes / 1024).toFixed(2);
  return [
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC, esbuild ${results.versions.esbuild}.`,
    '',
    '| library | component (parts imported) | JS KB gz beyond react + styled-components | JS KB gz with styled-components |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.library} | ${row.component} (${row.parts.join(', ')}) | ${kb(row.beyondReactAndStyled)} | ${kb(row.withStyled)} |`),
    '',
    `Method: ${results.method} react-aria-components ships no styles, so its figures are behaviour only.`,
    '',
  ].join('\n');
}

if (!args.includes('--no-docs')) {
  writeDocsSection(path.join(root, 'docs/benchmarks.md'), {
    key: 'new-components',
    heading: 'New components: bytes',
    intro:
      "The JS each of issue #16's components adds to an app, beside the peers' equivalents, measured in one run " +
      '(`node bench/new-components/run.mjs`).',
    markdown: renderMarkdown(),
  });
  log('docs/benchmarks.md updated');
}
