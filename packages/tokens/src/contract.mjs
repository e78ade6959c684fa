// @ts-check
/**
 * The token-name contract: every path here must exist as `--polku-<path joined with ->` in every theme × brand.
 * Components reference these CSS variables directly; the build fails if one goes missing.
 */

/**
 * Expands `a.{b,c}.d` patterns into full paths.
 * @param {string} pattern
 * @returns {string[]}
 */
export function expand(pattern) {
  const m = /\{([^{}]+)\}/.exec(pattern);
  if (!m || m[1] === undefined) return [pattern];
  return m[1].split(',').flatMap((alt) => expand(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length)));
}

export const CONTRACT_PATTERNS = [
  'color.text.{default,muted,inverse,link,link-visited,on-action,disabled}',
  'color.surface.{default,subtle,raised,inverse,overlay,selected}',
  'color.border.{default,strong,subtle}',
  'color.action.primary.{background,background-hover,background-active,text}',
  'color.action.secondary.{background,background-hover,text,border}',
  'color.action.tertiary.{background-hover,text}',
  'color.action.danger.{background,background-hover,text}',
  'color.feedback.{info,success,warning,error}.{background,text,border,icon}',
  'color.focus.{ring,ring-contrast}',
  'color.disabled.{background,text,border}',
  'color.promise.{kept,at-risk,broken,paused}.{background,text,border}',
  'color.nps.{promoter,passive,detractor}',
  'color.emotion.{very-negative,negative,neutral,positive,very-positive}',
  'color.selected.{background,text}',
  'space.{0,1,2,3,4,5,6,7,8,9}',
  'size.target.{minimum,comfortable}',
  'size.control.{s,m,l}',
  'size.icon.{s,m,l}',
  'size.focus-ring.{width,offset}',
  'border.width.{thin,thick}',
  'radius.{none,s,m,l,pill,control}',
  'font.family.{body,heading,mono}',
  'font.size.{xs,s,m,l,xl,2xl,3xl,4xl}',
  'font.weight.{regular,medium,semibold,bold}',
  'font.line-height.{tight,normal,relaxed}',
  'shadow.{s,m,l}',
  'motion.duration.{instant,fast,normal,slow}',
  'motion.easing.{standard,enter,exit}',
  'z-index.{dropdown,sticky,overlay,modal,toast,tooltip}',
  'breakpoint.{s,m,l,xl}',
];

/** Every contract token path. */
export const CONTRACT_PATHS = CONTRACT_PATTERNS.flatMap(expand);

/** CSS custom property name of a token path. */
export const cssVarName = (/** @type {string} */ p) => `--polku-${p.split('.').join('-')}`;
