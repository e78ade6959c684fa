/** How far PageUp and PageDown move the active option. */
export const PAGE_SIZE = 10;

/**
 * The position the active option moves to in a list of `count` options, skipping disabled ones, or `null` when
 * nothing can be active. From no active option, a forward move starts at the first option and a backward move at the
 * last. Arrow steps (`delta` ±1) wrap around, as in the APG combobox example; page jumps stop at the ends.
 */
export function nextPosition(
  from: number | null,
  delta: number,
  count: number,
  isDisabled: (position: number) => boolean,
): number | null {
  if (count === 0) return null;
  const forward = delta > 0;
  const firstEnabled = (start: number, step: 1 | -1): number | null => {
    for (let position = start; position >= 0 && position < count; position += step) {
      if (!isDisabled(position)) return position;
    }
    return null;
  };
  if (from === null) return forward ? firstEnabled(0, 1) : firstEnabled(count - 1, -1);
  if (Math.abs(delta) === 1) {
    for (let i = 1; i <= count; i += 1) {
      const position = (((from + delta * i) % count) + count) % count;
      if (!isDisabled(position)) return position;
    }
    return null;
  }
  const target = Math.min(count - 1, Math.max(0, from + delta));
  return firstEnabled(target, forward ? 1 : -1) ?? firstEnabled(target, forward ? -1 : 1);
}
