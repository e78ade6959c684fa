// @ts-check
/**
 * Which tokens a rendered story uses. `collectTokenUsage` runs inside the story page (it is passed to Playwright's
 * page.evaluate, so it must not use anything from this module's scope): it walks every rule of document.styleSheets —
 * the Storybook CSS and the rules styled-components inserted — and, for each style rule whose selector matches an
 * element of the story root, collects the `var(--polku-*)` names in its declarations. Rules that match an ancestor of
 * the story root (html, body, the provider box) count only for inherited properties (color, font…, custom
 * properties), which is how a page-level token reaches the story. States the screenshot does not show (:hover,
 * :focus-visible, :checked, ::before…) are matched without their pseudo-class, so a hover colour reaches its button.
 */

/**
 * @param {{ rootSelector: string, prefix: string }} options
 * @returns {{ tokens: string[], matchedRules: number }}
 */
export function collectTokenUsage({ rootSelector, prefix }) {
  const root = document.querySelector(rootSelector);
  if (!root) return { tokens: [], matchedRules: 0 };
  const inside = [root, ...root.querySelectorAll('*')];
  /** @type {Element[]} */
  const ancestors = [];
  for (let el = root.parentElement; el; el = el.parentElement) ancestors.push(el);
  const inherited = /^(--|color$|font|line-height$|letter-spacing$|word-spacing$|text-(align|indent|transform|shadow)$|white-space$|visibility$|cursor$|color-scheme$|caret-color$|accent-color$|quotes$|direction$|list-style)/;
  const statePseudo =
    /::?(before|after|placeholder|marker|selection|backdrop|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)|:(hover|active|focus-visible|focus-within|focus|visited|link|checked|indeterminate|disabled|enabled|invalid|valid|user-invalid|placeholder-shown|autofill|popover-open)\b/g;
  const varPattern = new RegExp(`var\\(\\s*(${prefix}[A-Za-z0-9_-]+)`, 'g');
  /** @type {Set<string>} */
  const used = new Set();
  let matchedRules = 0;

  /** @param {string} selector @param {Element[]} elements */
  const anyMatches = (selector, elements) => {
    const plain = selector.replace(statePseudo, '').replace(/:(not|is|where|has)\(\s*\)/g, '') || '*';
    try {
      return elements.some((el) => el.matches(plain));
    } catch {
      return false;
    }
  };
  /** @param {string} text */
  const addVars = (text) => {
    for (const m of text.matchAll(varPattern)) used.add(/** @type {string} */ (m[1]));
  };
  /** @param {CSSStyleRule} rule */
  const visitStyleRule = (rule) => {
    const selectors = rule.selectorText.split(/,(?![^()]*\))/);
    if (selectors.some((s) => anyMatches(s, inside))) {
      matchedRules++;
      addVars(rule.style.cssText);
    } else if (selectors.some((s) => anyMatches(s, ancestors))) {
      const declarations = rule.style.cssText.split(/;(?![^()]*\))/);
      const inheritedText = declarations.filter((d) => inherited.test(d.trim().split(':')[0]?.trim() ?? '')).join(';');
      if (inheritedText) {
        matchedRules++;
        addVars(inheritedText);
      }
    }
  };
  /** @param {CSSRuleList} rules */
  const visit = (rules) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) visitStyleRule(rule);
      // @media, @supports, @layer, @container and nested rules
      if ('cssRules' in rule && rule.cssRules) visit(/** @type {CSSRuleList} */ (rule.cssRules));
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // a cross-origin sheet cannot be read; a built Storybook served locally has none
    }
  }
  return { tokens: [...used].sort(), matchedRules };
}

/**
 * For each changed token, the stories that use it.
 * @param {string[]} changedTokens CSS variable names (`--polku-…`)
 * @param {{ id: string, tokens: string[] }[]} stories
 * @returns {{ token: string, stories: string[] }[]}
 */
export function reachOf(changedTokens, stories) {
  return [...new Set(changedTokens)].sort().map((token) => ({ token, stories: stories.filter((s) => s.tokens.includes(token)).map((s) => s.id) }));
}
