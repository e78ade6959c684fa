/**
 * `@polku/react/internal`: building blocks that the other `@polku/*` packages share with `@polku/react`, so every
 * Polku package words and deduplicates development warnings alike and every Polku style goes through one static
 * styled runtime (ADR 0008).
 *
 * @internal For `@polku/*` packages only. Not part of the documented API: no semver guarantee, anything here may
 * change or go away in any release. Applications use `@polku/react`.
 *
 * @packageDocumentation
 */
export {
  isDevelopment,
  oneOf,
  requireText,
  devWarn,
  devError,
  resetDevMessages,
  warnProp,
  inRange,
  isInRange,
  validDate,
  isKnownValue,
  type NumberRange,
} from './internal';
export { styled as staticStyled, useStaticClass } from './internal/static-styled';
export type { StaticStyledComponent, StaticInterpolation } from './internal/static-styled';
export { withRef } from './internal/with-ref';
export { useEmitEvent } from './PolkuProvider/context';
