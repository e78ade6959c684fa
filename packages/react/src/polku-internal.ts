/**
 * `@polku/react/internal`: building blocks that the other `@polku/*` packages share with `@polku/react`, so every
 * Polku package words and deduplicates development warnings alike and every Polku style goes through one static
 * styled runtime (ADR 0008).
 *
 * @internal For `@polku/*` packages only. Not part of the documented API: no semver guarantee, anything here may
 * change or go away in any release. Applications use `@polku/react`.
 *
 * Nothing here may hold state that must be one with `@polku/react`'s: CommonJS has no shared chunks, so
 * `internal.cjs` carries its own copy of these modules (a second dev-message dedupe set is harmless; a second React
 * context would not be, which is why `useEmitEvent` stays in the main entry).
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
