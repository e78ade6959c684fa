/** Locales every built-in string ships in. */
export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * A message is a string with `{name}` placeholders, or plural forms chosen with Intl.PluralRules by the `count`
 * value (`{ one: '{count} character left', other: '{count} characters left' }`).
 */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A component's messages: the same ids in every locale, so a missing translation is a type error. */
export type MessageCatalog<Id extends string> = Record<Locale, Record<Id, Message>>;

/** Message overrides given to PolkuProvider: per locale, any message id of any component. */
export type MessageOverrides = Partial<Record<Locale, Record<string, Message>>>;

/**
 * Declares a component's catalog; identity at runtime, checks at compile time that fi, sv and en match. Call it as
 * `/* @__PURE__ *\/ defineMessages({…})`: where the package build puts a catalog in a chunk shared with other code,
 * the annotation lets an app's bundler drop the catalog when nothing uses it.
 */
export function defineMessages<Id extends string>(catalog: MessageCatalog<Id>): MessageCatalog<Id> {
  return catalog;
}

/** One Intl object per locale, made on first use: constructing them is what costs, not using them. */
function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}
const pluralFor = perLocale((locale) => new Intl.PluralRules(locale));
const numberFormatFor = perLocale((locale) => new Intl.NumberFormat(locale));

export type MessageValues = Record<string, string | number>;

/** Fills placeholders and picks the plural form; numbers are formatted for the locale. */
export function formatMessage(locale: Locale, message: Message, values: MessageValues = {}): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = typeof values.count === 'number' ? values.count : 0;
    template = message[pluralFor(locale).select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormatFor(locale).format(value) : value;
  });
}

/** Returns the locale when supported, else English. */
export function toLocale(value: string | undefined): Locale {
  const base = value?.toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}
