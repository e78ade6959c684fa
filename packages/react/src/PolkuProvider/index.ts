export { PolkuProvider, themes } from './PolkuProvider';
export type { PolkuProviderProps, Theme } from './PolkuProvider';
export { useLocale, useMessages, useEmitEvent } from './context';
export type { PolkuEvent } from './context';
// The raw context is private: the hooks above read it.
