/**
 * Keyboard movement for composite widgets (tabs, accordion headers): returns the index the key moves focus to,
 * skipping disabled items and wrapping around, or `null` when the key is not a navigation key.
 */
export function rovingIndex(
  key: string,
  current: number,
  disabled: readonly boolean[],
  orientation: 'horizontal' | 'vertical',
): number | null {
  const count = disabled.length;
  if (count === 0) return null;
  const next = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
  const previous = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
  const step = (from: number, delta: number): number => {
    let index = from;
    for (let i = 0; i < count; i += 1) {
      index = (index + delta + count) % count;
      if (!disabled[index]) return index;
    }
    return current;
  };
  if (key === next) return step(current, 1);
  if (key === previous) return step(current, -1);
  if (key === 'Home') return step(-1, 1);
  if (key === 'End') return step(count, -1);
  return null;
}
