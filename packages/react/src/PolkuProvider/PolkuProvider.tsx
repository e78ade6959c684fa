import { forwardRef, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { oneOf } from '../internal';
import { locales, type Locale, type MessageOverrides } from '../i18n/messages';
import { PolkuContext, type PolkuContextValue, type PolkuEvent } from './context';

export const themes = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type Theme = (typeof themes)[number];

export interface PolkuProviderProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * Colour theme for this subtree; `auto` follows the operating system. The provider's box paints it (the tokens CSS
   * gives every `[data-polku-theme]` element the theme's surface and text colour). Omitted: the nearest ancestor's
   * `data-polku-theme` applies (e.g. on `<html>`), `light` without one.
   */
  theme?: Theme;
  /** Brand for this subtree, e.g. `polku` or `kotiseutu`. Omitted: the nearest ancestor's brand, `polku` without one. */
  brand?: string;
  /** Language of built-in strings; also set as `lang`. Default `en`. */
  locale?: Locale;
  /** Overrides for built-in strings, per locale and message id: `{ fi: { 'dialog.close': 'Sulje' } }`. */
  messages?: MessageOverrides;
  /** Receives every typed event that Polku patterns emit (feedback shown, submitted, promise broken…). */
  onCxEvent?: (event: PolkuEvent) => void;
  children?: ReactNode;
}

/**
 * Optional. Renders a block `<div>` with `data-polku-theme` and `data-polku-brand` (when given) and `lang`, and
 * provides locale, message overrides and the CX event sink. Components render correctly without it.
 * With a theme, the box is painted in it by the tokens CSS (`[data-polku-theme]` sets background and text colour), so
 * text in a dark theme never lands on a white page. Changing the theme only changes attributes: no styled component
 * re-renders.
 */
export const PolkuProvider = forwardRef<HTMLDivElement, PolkuProviderProps>(function PolkuProvider(
  { theme, brand, locale, messages, onCxEvent, children, ...rest },
  ref,
) {
  const resolvedTheme = theme === undefined ? undefined : oneOf('PolkuProvider', 'theme', theme, themes, 'light');
  const resolvedLocale = oneOf('PolkuProvider', 'locale', locale, locales, 'en');
  const value = useMemo<PolkuContextValue>(
    () => ({ locale: resolvedLocale, messages: messages ?? {}, onCxEvent }),
    [resolvedLocale, messages, onCxEvent],
  );
  return (
    <div {...rest} ref={ref} data-polku-theme={resolvedTheme} data-polku-brand={brand || undefined} lang={resolvedLocale}>
      <PolkuContext.Provider value={value}>{children}</PolkuContext.Provider>
    </div>
  );
});
