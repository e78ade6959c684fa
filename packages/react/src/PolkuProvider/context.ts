import { createContext, useCallback, useContext } from 'react';
import {
  formatMessage,
  type Locale,
  type MessageCatalog,
  type MessageOverrides,
  type MessageValues,
} from '../i18n/messages';

/** Any event a Polku pattern reports; `@polku/cx` narrows this to its typed CX events. */
export interface PolkuEvent {
  /** Namespaced event type, e.g. `feedback.submitted`. */
  type: string;
  /** ISO 8601 time the event happened. */
  at: string;
  [key: string]: unknown;
}

export interface PolkuContextValue {
  locale: Locale;
  messages: MessageOverrides;
  onCxEvent?: (event: PolkuEvent) => void;
}

const defaultContext: PolkuContextValue = { locale: 'en', messages: {} };

/** Carries only locale, message overrides and the event sink: theme and brand live in data attributes. */
export const PolkuContext = createContext<PolkuContextValue>(defaultContext);

/** The active locale (English when no provider is present). */
export function useLocale(): Locale {
  return useContext(PolkuContext).locale;
}

/**
 * Returns `t(id, values)` for a component's catalog in the active locale, with the provider's overrides applied.
 */
export function useMessages<Id extends string>(
  catalog: MessageCatalog<Id>,
): (id: Id, values?: MessageValues) => string {
  const { locale, messages } = useContext(PolkuContext);
  return useCallback(
    (id: Id, values?: MessageValues) => formatMessage(locale, messages[locale]?.[id] ?? catalog[locale][id], values),
    [catalog, locale, messages],
  );
}

/** Returns a function that reports an event to the provider's `onCxEvent`, stamping the time. */
export function useEmitEvent(): (event: Omit<PolkuEvent, 'at'> & { at?: string }) => void {
  const { onCxEvent } = useContext(PolkuContext);
  return useCallback(
    (event) => {
      onCxEvent?.({ ...event, at: event.at ?? new Date().toISOString() } as PolkuEvent);
    },
    [onCxEvent],
  );
}
