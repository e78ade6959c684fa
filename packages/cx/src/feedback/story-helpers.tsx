/* Storybook-only helpers for the feedback stories; not exported from the package. */
import type { Decorator } from '@storybook/react-vite';
import { PolkuProvider, type Locale, type Theme } from '@polku/react';

/** Wraps a story in PolkuProvider with the toolbar's language and theme (story `globals` can pin a language). */
export const withPolkuLocale: Decorator = (Story, context) => (
  <PolkuProvider
    locale={(context.globals.locale as Locale) ?? 'en'}
    theme={(context.globals.theme as Theme) ?? 'light'}
    brand={(context.globals.brand as string) ?? 'polku'}
  >
    <Story />
  </PolkuProvider>
);

/** A send function that waits a moment and succeeds. */
export const succeed = () => new Promise<void>((resolve) => setTimeout(resolve, 300));
/** A send function that always fails transiently (server down). */
export const failTransiently = () => Promise.reject(new Error('HTTP 503'));
