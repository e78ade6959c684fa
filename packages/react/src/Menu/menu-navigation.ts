import { rovingIndex } from '../internal/polku-roving-index';

/** Every item of a menu, in document order (groups included). */
export function menuItemsIn(menu: HTMLElement | null): HTMLElement[] {
  if (!menu) return [];
  return Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"],[role="menuitemradio"],[role="menuitemcheckbox"]'));
}

/** The text an item is found by when typing: its `data-text-value`, else its visible text. */
function itemText(item: HTMLElement): string {
  return (item.dataset.textValue ?? item.textContent ?? '').trim();
}

/**
 * Typeahead (APG menu): the index of the next item after `current` whose label starts with `character`, wrapping
 * around; `null` when no item does (focus then stays). Compared in the locale's lower case, so "Ä" finds "ärsyke".
 */
export function typeaheadIndex(items: readonly HTMLElement[], current: number, character: string, locale: string): number | null {
  const wanted = character.toLocaleLowerCase(locale);
  for (let step = 1; step <= items.length; step += 1) {
    const index = (current + step) % items.length;
    const item = items[index];
    if (item && itemText(item).toLocaleLowerCase(locale).startsWith(wanted)) return index;
  }
  return null;
}

/**
 * Where a key inside an open menu moves focus: arrows (wrapping), Home/End, or a printable character (typeahead).
 * Disabled items stay focusable, as APG recommends for menus, so they are not skipped. `null` for any other key.
 */
export function menuFocusIndex(key: string, items: readonly HTMLElement[], current: number, locale: string): number | null {
  const moved = rovingIndex(key, current, items.map(() => false), 'vertical');
  if (moved !== null) return moved;
  if (key.length === 1 && key !== ' ') return typeaheadIndex(items, current, key, locale);
  return null;
}
