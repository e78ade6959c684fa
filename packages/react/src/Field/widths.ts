/** Maximum widths of text-like controls; every one is 100% wide up to its maximum. */
export const fieldWidths = ['s', 'm', 'l', 'full'] as const;
export type FieldWidth = (typeof fieldWidths)[number];
