/** A GFM table's delimiter row: `| --- | :---: |` (outer pipes optional, at least one inner pipe). */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

/** How many Markdown tables an MDX source holds, not counting those inside fenced code blocks. */
export function countSourceTables(/** @type {string} */ source) {
  let inFence = false;
  let count = 0;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && DELIMITER_ROW.test(line)) count += 1;
  }
  return count;
}
