#!/usr/bin/env node
// Lints what we would publish: packs every package (as `pnpm publish` would) and runs publint (strict: warnings
// fail) and Are the Types Wrong? (node10, node16 CJS/ESM and bundler resolution) on each tarball, and checks the
// "use client" directives of the built entries.
// Run `pnpm build` first. Usage: node scripts/check-packages.mjs [package-dir ...]  (default: every package)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packAll, root } from './pack.mjs';

const bin = (name) => path.join(root, 'node_modules/.bin', name);

/** Export subpaths that are not JavaScript (CSS, JSON): attw has no types to check there. */
function nonJsEntrypoints(manifest) {
  return Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'string' && /\.(css|json)$|\/\*$/.test(target))
    .map(([subpath]) => subpath);
}

/**
 * Server-component frameworks need "use client" as the first statement of the component entries, and must NOT see
 * it on entries meant for the server (metrics, tokens). Checked on the built files the exports map points at.
 */
const directives = {
  '@polku/react': { 'dist/index.js': true, 'dist/index.cjs': true },
  '@polku/cx': { 'dist/index.js': true, 'dist/index.cjs': true, 'dist/metrics.js': false, 'dist/metrics.cjs': false },
  '@polku/tokens': { 'dist/js/index.js': false, 'dist/js/index.cjs': false },
};
function checkDirectives(pkg) {
  const problems = [];
  for (const [file, wanted] of Object.entries(directives[pkg.name] ?? {})) {
    const source = readFileSync(path.join(pkg.dir, file), 'utf8');
    const has = /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(source);
    if (has !== wanted) problems.push(`${file} ${wanted ? 'lacks' : 'must not have'} "use client"`);
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

if (failures > 0) {
  console.error(`\n✖ package checks: ${failures} failure(s)`);
  process.exit(1);
}
console.log(`\n✔ publint and attw pass for ${packages.map((pkg) => pkg.name).join(', ')}`);
