// @ts-check
/**
 * Token diff for brand owners: what a release (or a proposed change) adds, removes and changes, per theme × brand.
 * Inputs are flat maps as in `dist/json/tokens.flat.json`: `{ "light.polku": { "--polku-color-text-default": "#1c1f24" } }`.
 */

/** @typedef {Record<string, Record<string, string>>} FlatTokens */
/** @typedef {{ combination: string, name: string, value: string }} TokenEntry */
/** @typedef {{ combination: string, name: string, before: string, after: string }} TokenChange */

/**
 * @param {FlatTokens} before
 * @param {FlatTokens} after
 * @returns {{ added: TokenEntry[], removed: TokenEntry[], changed: TokenChange[] }}
 */
export function diffTokens(before, after) {
  /** @type {TokenEntry[]} */ const added = [];
  /** @type {TokenEntry[]} */ const removed = [];
  /** @type {TokenChange[]} */ const changed = [];
  const combinations = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const combination of combinations) {
    const old = before[combination] ?? {};
    const now = after[combination] ?? {};
    for (const [name, value] of Object.entries(now)) {
      if (!(name in old)) added.push({ combination, name, value });
      else if (old[name] !== value) changed.push({ combination, name, before: /** @type {string} */ (old[name]), after: value });
    }
    for (const [name, value] of Object.entries(old)) if (!(name in now)) removed.push({ combination, name, value });
  }
  return { added, removed, changed };
}

/**
 * A readable report, one line per difference.
 * @param {ReturnType<typeof diffTokens>} diff
 */
export function formatDiff(diff) {
  const lines = [
    ...diff.added.map((d) => `+ ${d.combination} ${d.name}: ${d.value}`),
    ...diff.removed.map((d) => `- ${d.combination} ${d.name}: ${d.value}`),
    ...diff.changed.map((d) => `~ ${d.combination} ${d.name}: ${d.before} → ${d.after}`),
  ];
  return lines.length ? lines.join('\n') : 'No token changes.';
}
