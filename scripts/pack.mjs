#!/usr/bin/env node
// Packs every publishable package with `pnpm pack` (which rewrites `workspace:` ranges to real versions, exactly as
// `pnpm publish` would) into one directory. Used by the package checks, the consumer tests and the release dry run.
// Usage: node scripts/pack.mjs [destination]   (default: tests/consumers/.work/tarballs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultDestination = path.join(root, 'tests/consumers/.work/tarballs');

/**
 * The workspace's publishable packages (not private), in dependency order: tokens, react, cx, then any other package
 * by name (a folder without a package.json yet is skipped).
 */
export function publishablePackages() {
  const order = ['tokens', 'react', 'cx'];
  const rank = (dir) => (order.includes(dir) ? order.indexOf(dir) : order.length);
  const dirs = readdirSync(path.join(root, 'packages'))
    .filter((dir) => existsSync(path.join(root, 'packages', dir, 'package.json')))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return dirs
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'));
      return { dir: path.join(root, 'packages', dir), name: manifest.name, version: manifest.version, manifest };
    })
    .filter((pkg) => !pkg.manifest.private);
}

/**
 * Packs each package (or only the ones named in `only`) into `destination` (emptied first); returns
 * [{ name, version, dir, tarball }].
 * @param {string} [destination] @param {{ only?: string[] }} [options]
 */
export function packAll(destination = defaultDestination, { only } = {}) {
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  const packages = publishablePackages().filter((pkg) => !only || only.includes(pkg.name));
  const missing = (only ?? []).filter((name) => !packages.some((pkg) => pkg.name === name));
  if (missing.length > 0) throw new Error(`not in packages/ (or private): ${missing.join(', ')}`);
  return packages.map((pkg) => {
    const result = spawnSync('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`pnpm pack failed for ${pkg.name}:\n${result.stdout}\n${result.stderr}`);
    }
    const file = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
    return { ...pkg, tarball: path.join(destination, file) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = path.resolve(process.argv[2] ?? defaultDestination);
  for (const pkg of packAll(destination))
    console.log(`packed ${pkg.name}@${pkg.version} → ${path.relative(root, pkg.tarball)}`);
}
