// What a consumer's production install gets from Polku: every package in `npm ls --omit=dev --all` reached from the
// @polku/* packages, not counting react, react-dom and styled-components (the peers, which the app installs itself)
// or what they pull. Build tools (Style Dictionary, tsup…) must never show up here.
import { spawnSync } from 'node:child_process';

const PEERS = new Set(['react', 'react-dom', 'styled-components']);

/** Exactly these, and nothing else. A change here is a change to every consumer's install: review it as one. */
export const EXPECTED_PRODUCTION_PACKAGES = [
  '@floating-ui/core',
  '@floating-ui/dom',
  '@floating-ui/react-dom',
  '@floating-ui/utils',
  // calendar maths for DateInput / DatePicker (issue 16); @swc/helpers is its runtime helper package
  '@internationalized/date',
  '@swc/helpers',
  '@polku/cx',
  '@polku/react',
  '@polku/tokens',
  // IndexedDB outbox of the feedback widgets (issue 15)
  'idb',
  // CSS of the server-component entry @polku/react/server (ADR 0011); styled-components already installs the same one
  'stylis',
];

/** name → the package that pulled it in, for every package reached from the app's @polku/* dependencies. */
export function polkuProductionPackages(appDir) {
  const result = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: appDir, encoding: 'utf8' });
  let tree;
  try {
    tree = JSON.parse(result.stdout);
  } catch {
    throw new Error(`npm ls --omit=dev --all --json gave no tree in ${appDir}:\n${result.stderr}`);
  }
  const pulledBy = new Map();
  // npm ls prints a package's dependencies once and later occurrences as "deduped" leaves, so this terminates.
  const walk = (dependencies, parent) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      if (PEERS.has(name)) continue;
      if (!pulledBy.has(name)) pulledBy.set(name, parent);
      walk(node.dependencies, name);
    }
  };
  const polku = Object.entries(tree.dependencies ?? {}).filter(([name]) => name.startsWith('@polku/'));
  walk(Object.fromEntries(polku), 'the app');
  return pulledBy;
}

/** Fails naming every extra package (with what pulled it in) and every expected one that is missing. */
export function assertProductionPackages(appDir, label) {
  const pulledBy = polkuProductionPackages(appDir);
  const extra = [...pulledBy.keys()].filter((name) => !EXPECTED_PRODUCTION_PACKAGES.includes(name)).sort();
  const missing = EXPECTED_PRODUCTION_PACKAGES.filter((name) => !pulledBy.has(name));
  if (extra.length > 0 || missing.length > 0) {
    throw new Error(
      `${label}: the production install pulls ${pulledBy.size} package(s) through @polku/*, expected exactly ` +
        `${EXPECTED_PRODUCTION_PACKAGES.length} (beyond react, react-dom, styled-components)` +
        (extra.length > 0
          ? `\n  extra (${extra.length}): ${extra.map((name) => `${name} (via ${pulledBy.get(name)})`).join(', ')}`
          : '') +
        (missing.length > 0 ? `\n  missing: ${missing.join(', ')}` : ''),
    );
  }
  console.log(`    ✔ production packages through @polku/*: exactly ${[...pulledBy.keys()].sort().join(', ')}`);
}
