import { type HeadingLevel } from '@polku/react';
import { oneOf } from '@polku/react/internal';

/** Heading levels a pattern's title may take: a pattern sits inside a page, so never `h1`. */
export const patternHeadingLevels = [2, 3, 4, 5, 6] as const;
export type PatternHeadingLevel = Exclude<HeadingLevel, 1>;

const levelNames = patternHeadingLevels.map(String);

/** The `level` for the core Heading from a pattern's `headingLevel` prop; an unknown level warns (naming the pattern) and falls back. */
export function patternHeadingLevel(component: string, value: unknown, fallback: PatternHeadingLevel): PatternHeadingLevel {
  return Number(
    oneOf(component, 'headingLevel', value === undefined ? undefined : String(value), levelNames, String(fallback)),
  ) as PatternHeadingLevel;
}
