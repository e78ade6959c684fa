import { cache } from 'react';
import { formatMessage, toLocale, type Locale, type MessageCatalog, type MessageOverrides, type MessageValues } from '../i18n/messages';

/*
 * Locale and message overrides for server components (the `@polku/react/server` entry). A server component cannot
 * read PolkuProvider's context, so the request's settings live in React's per-request `cache`: set them with
 * `setPolkuServerLocale` at the top of the page (and of each layout that renders Polku), as with other RSC i18n
 * libraries. Without a call, English, like client components without a provider.
 */
interface RequestSettings {
  locale: Locale;
  messages: MessageOverrides;
}

const requestSettings = cache((): RequestSettings => ({ locale: 'en', messages: {} }));

/** Sets the locale (`fi`, `sv`, `en`; others fall back to English) and optional message overrides for this request. */
export function setPolkuServerLocale(locale: string, messages: MessageOverrides = {}): void {
  const settings = requestSettings();
  settings.locale = toLocale(locale);
  settings.messages = messages;
}

/** The request's locale. */
export function useLocale(): Locale {
  return requestSettings().locale;
}

/** `t(id, values)` for a component's catalog in the request's locale, with the overrides applied. */
export function useMessages<Id extends string>(catalog: MessageCatalog<Id>): (id: Id, values?: MessageValues) => string {
  const { locale, messages } = requestSettings();
  return (id: Id, values?: MessageValues) => formatMessage(locale, messages[locale]?.[id] ?? catalog[locale][id], values);
}
