export { locales, defineMessages, formatMessage, toLocale } from './messages';
export type { Locale, Message, MessageCatalog, MessageOverrides, MessageValues } from './messages';
