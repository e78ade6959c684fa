/** One choice of a Combobox. */
export interface ComboboxOption {
  /** Submitted and reported value; unique among the options. */
  value: string;
  /** Visible text; typing filters on it. */
  label: string;
  /** Shown but cannot be chosen. */
  disabled?: boolean;
}

/** The labels in the locale's lower case, computed once per option list so each keystroke only compares. */
export function searchableLabels(options: readonly ComboboxOption[], locale: string): string[] {
  return options.map((option) => option.label.toLocaleLowerCase(locale));
}

/**
 * Positions (in `options`) of the options whose label contains the query, case-insensitively for the locale; all of
 * them for an empty query. Letters stay distinct (`a` does not match `ä`): in Finnish and Swedish they are different
 * letters.
 */
export function filterPositions(labels: readonly string[], query: string, locale: string): number[] {
  const needle = query.trim().toLocaleLowerCase(locale);
  const found: number[] = [];
  for (let i = 0; i < labels.length; i += 1) {
    if (needle === '' || labels[i]!.includes(needle)) found.push(i);
  }
  return found;
}

/** The option whose label equals the text (ignoring case and surrounding space), if any. */
export function exactMatch(options: readonly ComboboxOption[], text: string, locale: string): ComboboxOption | undefined {
  const needle = text.trim().toLocaleLowerCase(locale);
  if (needle === '') return undefined;
  return options.find((option) => !option.disabled && option.label.toLocaleLowerCase(locale) === needle);
}
