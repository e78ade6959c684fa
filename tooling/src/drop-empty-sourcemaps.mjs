// Removes the source maps that map nothing. esbuild writes a map for every output file, and with code splitting some
// outputs hold no code from any source: an entry or chunk made only of the import/export statements esbuild
// generates (re-exports of a folder's index.ts) plus the "use client" banner. Their maps come out as
// `{"sources":[],"mappings":""}`. Those maps (and the `sourceMappingURL` comments pointing at them) are dropped, so
// every published map maps real code. Used by the tsup configs of @polku/react and @polku/cx (`onSuccess`).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @param {string} dir */
function* mapFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* mapFiles(file);
    else if (entry.name.endsWith('.map')) yield file;
  }
}

/**
 * Deletes every `.map` under `dir` with no mappings and strips the comment that references it from its output file.
 * `skip`: file names another build (running in parallel) is writing, e.g. `/^metrics\./`.
 * @param {string} dir @param {{ skip?: RegExp }} [options]
 * @returns {string[]} the deleted maps, relative to `dir`
 */
export function dropEmptySourcemaps(dir, { skip } = {}) {
  const dropped = [];
  for (const map of mapFiles(dir)) {
    if (skip?.test(path.basename(map))) continue;
    const { mappings } = JSON.parse(readFileSync(map, 'utf8'));
    if (mappings !== '') continue;
    const output = map.slice(0, -'.map'.length);
    const comment = `//# sourceMappingURL=${path.basename(map)}`;
    const code = readFileSync(output, 'utf8');
    if (!code.includes(comment)) throw new Error(`${output} does not reference ${path.basename(map)}`);
    writeFileSync(output, code.replace(comment, '').trimEnd() + '\n');
    rmSync(map);
    dropped.push(path.relative(dir, map));
  }
  return dropped;
}
