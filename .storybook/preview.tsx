import type { Preview, Decorator } from '@storybook/react-vite';
import '@polku/tokens/css';
import { PolkuProvider, type Locale } from '@polku/react';
import './preview.css';
import { assertNoHorizontalScroll } from './reflow';

type Theme = 'light' | 'dark' | 'high-contrast';

/** Set by vitest.config.ts for the per-theme story runs; undefined in the Storybook UI. */
const testTheme = import.meta.env.POLKU_STORY_THEME as Theme | undefined;
/** Set by vitest.config.ts for the story run at 320 px wide. */
const testReflow = import.meta.env.POLKU_STORY_REFLOW === true;
/** Set by vitest.config.ts for the story run that checks focus indicators in forced-colours mode. */
const testForcedColors = import.meta.env.POLKU_STORY_FORCED_COLORS === true;

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
  afterEach: async () => {
    if (testReflow) assertNoHorizontalScroll();
    // only inside the Vitest browser run: the module talks to the test runner
    if (testForcedColors) await (await import('./forced-colors')).assertFocusVisibleInForcedColors();
  },
  initialGlobals: {
    theme: testTheme ?? 'light',
    brand: 'polku',
    locale: 'en',
    // axe (661 kB) loads only where it is needed: every story test run (testTheme is set) checks each story; on the
    // site a story opens without it, and the Accessibility panel's "Run" button loads it (docs/benchmarks.md).
    a11y: { manual: testTheme === undefined },
  },
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
    // WCAG 1.4.10: the 320 px viewport is in the toolbar for designers, and the reflow story run renders every story at
    // it (addon-vitest sizes the page from this parameter, whatever the Vitest browser viewport says).
    viewport: {
      options: { reflow: { name: 'Reflow, 320 px', styles: { width: '320px', height: '720px' }, type: 'mobile' } },
      ...(testReflow ? { defaultViewport: 'reflow' } : {}),
    },
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
