#!/usr/bin/env node
// Lints what we would publish: packs every package (as `pnpm publish` would) and runs publint (strict: warnings
// fail) and Are the Types Wrong? (node10, node16 CJS/ESM and bundler resolution) on each tarball, and checks the
// "use client" directives of the built entries and chunks, then the size budget of the built @polku/react
// (scripts/check-size-budget.mjs).
// Run `pnpm build` first. Usage: node scripts/check-packages.mjs [package-dir ...]  (default: every package)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packAll, root } from './pack.mjs';

const bin = (name) => path.join(root, 'node_modules/.bin', name);

/**
 * Export subpaths that are not JavaScript (CSS, JSON), also when they carry a `types` condition (the CSS subpaths'
 * side-effect declaration): attw checks JavaScript module formats, which a stylesheet does not have.
 */
function nonJsEntrypoints(manifest) {
  return Object.entries(manifest.exports ?? {})
    .filter(([, target]) => /\.(css|json)$|\/\*$/.test(typeof target === 'string' ? target : (target?.default ?? '')))
    .map(([subpath]) => subpath);
}

/**
 * Server-component frameworks need "use client" as the first statement of every client module they may load (the
 * entries and the code-splitting chunks they import), and must NOT see it on entries meant for the server (metrics,
 * tokens). Checked on the built files: the listed ones, plus every other .js/.cjs under the package's client dirs.
 */
const directives = {
  '@polku/react': {
    // dist/server.*: the server-component entry (ADR 0011) must not be a client module
    files: { 'dist/index.js': true, 'dist/index.cjs': true, 'dist/server.js': false, 'dist/server.cjs': false },
    clientDirs: ['dist', 'dist/components'],
  },
  '@polku/cx': {
    files: { 'dist/index.js': true, 'dist/index.cjs': true, 'dist/metrics.js': false, 'dist/metrics.cjs': false },
    clientDirs: ['dist', 'dist/patterns'],
  },
  '@polku/tokens': { files: { 'dist/js/index.js': false, 'dist/js/index.cjs': false }, clientDirs: [] },
  '@polku/cx-server': { files: { 'dist/index.js': false, 'dist/index.cjs': false, 'dist/cli.js': false }, clientDirs: [] },
};
function checkDirectives(pkg) {
  const { files = {}, clientDirs = [] } = directives[pkg.name] ?? {};
  const wanted = { ...files };
  for (const dir of clientDirs) {
    let names = [];
    try {
      names = readdirSync(path.join(pkg.dir, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `${dir}/${name}`;
      if (/\.c?js$/.test(name) && !(file in wanted)) wanted[file] = true;
    }
  }
  const problems = [];
  for (const [file, want] of Object.entries(wanted)) {
    const source = readFileSync(path.join(pkg.dir, file), 'utf8');
    const has = /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(source);
    if (has !== want) problems.push(`${file} ${want ? 'lacks' : 'must not have'} "use client"`);
  }
  return problems;
}

const only = process.argv.slice(2).map((dir) => path.resolve(dir));
const packages = packAll(path.join(root, 'tests/consumers/.work/check-tarballs')).filter(
  (pkg) => only.length === 0 || only.includes(pkg.dir),
);

let failures = 0;
for (const pkg of packages) {
  console.log(`\n── ${pkg.name}@${pkg.version}`);
  const publint = spawnSync(bin('publint'), ['run', pkg.tarball, '--strict'], { stdio: 'inherit' });
  const exclude = nonJsEntrypoints(pkg.manifest);
  const attwArgs = [pkg.tarball, '--format', 'table-flipped', '--no-emoji', '--no-color'];
  if (exclude.length > 0) attwArgs.push('--exclude-entrypoints', ...exclude);
  const attw = spawnSync(bin('attw'), attwArgs, { stdio: 'inherit' });
  if (publint.status !== 0) console.error(`✖ publint failed for ${pkg.name}`);
  if (attw.status !== 0) console.error(`✖ attw failed for ${pkg.name}`);
  const directiveProblems = checkDirectives(pkg);
  for (const problem of directiveProblems) console.error(`✖ ${pkg.name}: ${problem}`);
  if (directiveProblems.length === 0) console.log(`"use client" directives as intended in ${pkg.name}`);
  failures += Number(publint.status !== 0) + Number(attw.status !== 0) + directiveProblems.length;
}

// Size budget of the built @polku/react (skipped when only other packages were asked for).
if (packages.some((pkg) => pkg.name === '@polku/react')) {
  console.log('\n── size budget (built @polku/react)');
  const budget = spawnSync(process.execPath, [path.join(root, 'scripts/check-size-budget.mjs')], { stdio: 'inherit' });
  if (budget.status !== 0) {
    console.error('✖ size budget failed for @polku/react');
    failures += 1;
  }
}

if (failures > 0) {
  console.error(`\n✖ package checks: ${failures} failure(s)`);
  process.exit(1);
}
console.log(`\n✔ publint, attw and the size budget pass for ${packages.map((pkg) => pkg.name).join(', ')}`);
