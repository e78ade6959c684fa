/** The feedback tones that have token colour pairs: `--polku-color-feedback-{tone}-{background,text,border,icon}`. */
export const feedbackToneNames = ['info', 'success', 'warning', 'error'] as const;

/**
 * Static CSS for the feedback tones, built once when a styles module loads: for each tone a
 * `&[data-tone='x']` block with the tone's background, text and border colours, and its icon colour on a direct
 * `svg` child. Interpolated as a plain string into a styled template, so a tone change creates no class.
 */
export function feedbackToneRules(): string {
  return feedbackToneNames
    .map(
      (tone) => `&[data-tone='${tone}'] {
  background: var(--polku-color-feedback-${tone}-background);
  color: var(--polku-color-feedback-${tone}-text);
  border-color: var(--polku-color-feedback-${tone}-border);
  & > svg { color: var(--polku-color-feedback-${tone}-icon); }
}`,
    )
    .join('\n');
}
