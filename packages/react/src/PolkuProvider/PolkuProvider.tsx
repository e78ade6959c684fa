import { forwardRef, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from '../internal/static-styled';
import { oneOf } from '../internal';
import { locales, type Locale, type MessageOverrides } from '../i18n/messages';
import { PolkuContext, type PolkuContextValue, type PolkuEvent } from './context';

export const themes = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type Theme = (typeof themes)[number];

export interface PolkuProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** Colour theme for this subtree; `auto` follows the operating system. Default `light`. */
  theme?: Theme;
  /** Brand for this subtree, e.g. `polku` or `kotiseutu`. Default `polku`. */
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
 * Optional. Sets `data-polku-theme`, `data-polku-brand` and `lang` on a wrapper (display: contents), and provides
 * locale, message overrides and the CX event sink. Components render correctly without it.
 * Changing the theme only changes attributes: no styled component re-renders.
 */
/** A static rule, not an inline style: server-rendered `style` attributes are blocked by a strict CSP. */
const ProviderRoot = styled.div`
  display: contents;
`;

export const PolkuProvider = forwardRef<HTMLDivElement, PolkuProviderProps>(function PolkuProvider(
  { theme, brand = 'polku', locale, messages, onCxEvent, children, ...rest },
  ref,
) {
  const resolvedTheme = oneOf('PolkuProvider', 'theme', theme, themes, 'light');
  const resolvedLocale = oneOf('PolkuProvider', 'locale', locale, locales, 'en');
  const value = useMemo<PolkuContextValue>(
    () => ({ locale: resolvedLocale, messages: messages ?? {}, onCxEvent }),
    [resolvedLocale, messages, onCxEvent],
  );
  return (
    <ProviderRoot {...rest} ref={ref} data-polku-theme={resolvedTheme} data-polku-brand={brand} lang={resolvedLocale}>
      <PolkuContext.Provider value={value}>{children}</PolkuContext.Provider>
    </ProviderRoot>
  );
});
