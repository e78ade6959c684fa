export { PolkuProvider, themes } from './PolkuProvider';
export type { PolkuProviderProps, Theme } from './PolkuProvider';
export { PolkuContext, useLocale, useMessages, useEmitEvent } from './context';
export type { PolkuEvent, PolkuContextValue } from './context';
