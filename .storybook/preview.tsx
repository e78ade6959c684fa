import type { Preview, Decorator } from '@storybook/react-vite';
import '@polku/tokens/css';
import { PolkuProvider, type Locale } from '@polku/react';
import './preview.css';

type Theme = 'light' | 'dark' | 'high-contrast';

/** Set by vitest.config.ts for the per-theme story runs; undefined in the Storybook UI. */
const testTheme = import.meta.env.POLKU_STORY_THEME as Theme | undefined;

const withPolkuContext: Decorator = (Story, context) => {
  const theme = testTheme ?? (context.globals.theme as Theme) ?? 'light';
  const brand = (context.globals.brand as string) ?? 'polku';
  const locale = ((context.globals.locale as string) ?? 'en') as Locale;
  if (typeof document !== 'undefined') {
    const html = document.documentElement;
    html.setAttribute('data-polku-theme', theme);
    html.setAttribute('data-polku-brand', brand);
    html.setAttribute('lang', locale);
  }
  return (
    <PolkuProvider theme={theme} brand={brand} locale={locale}>
      <Story />
    </PolkuProvider>
  );
};

const preview: Preview = {
  decorators: [withPolkuContext],
  initialGlobals: { theme: testTheme ?? 'light', brand: 'polku', locale: 'en' },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'Brand',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'polku', title: 'Polku' },
          { value: 'kotiseutu', title: 'Kotiseutu Savings Bank' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'Suomi' },
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // addon-a11y only fails a story when test is 'error'; contrast is checked here, in the real browser.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { region: { enabled: false } },
      },
    },
    options: {
      storySort: { order: ['Introduction', 'Getting started', 'Accessibility statement', 'Tokens', 'Guidelines', 'Components', 'CX', '*'] },
    },
  },
};

export default preview;
