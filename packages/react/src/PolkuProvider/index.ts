export { PolkuProvider, themes } from './PolkuProvider';
export type { PolkuProviderProps, Theme } from './PolkuProvider';
export { useLocale, useMessages } from './context';
export type { PolkuEvent } from './context';
// The raw context is private; `useEmitEvent` (what the CX patterns send to `onCxEvent`) is in `@polku/react/internal`.
