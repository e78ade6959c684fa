import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '@polku/tooling/chromium';
import { workspaceAliases } from '@polku/tooling/aliases';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Themes every story is tested in: one Storybook project per theme (see docs/adr/0001-test-harness.md). */
const storyThemes = (process.env.POLKU_STORY_THEMES ?? 'light,dark,high-contrast').split(',');
/** The theme whose story run happens at 320 px wide (the viewport parameter in .storybook/preview.tsx) and checks reflow. */
const reflowTheme = 'high-contrast';
/** The theme whose story run checks focus indicators with forced colours emulated (see .storybook/forced-colors.ts). */
const forcedColorsTheme = 'light';

/** Lets .storybook/forced-colors.ts switch Chromium's forced-colours emulation on and off around its check. */
const emulateForcedColors: BrowserCommand<[active: boolean]> = async ({ page }, active) => {
  await page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases(root) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**', 'tests/consumers/**'],
          setupFiles: ['./tests/setup/unit.ts'],
          testTimeout: 20_000,
        },
      },
      ...storyThemes.map((theme) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook'), tags: { exclude: ['no-test'] } })],
        define: {
          'import.meta.env.POLKU_STORY_THEME': JSON.stringify(theme),
          'import.meta.env.POLKU_STORY_REFLOW': JSON.stringify(theme === reflowTheme),
          'import.meta.env.POLKU_STORY_FORCED_COLORS': JSON.stringify(theme === forcedColorsTheme),
        },
        optimizeDeps: { include: ['react-dom/client', 'styled-components', 'react/jsx-dev-runtime'] },
        test: {
          name: `storybook:${theme}`,
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' as const }],
            commands: { emulateForcedColors },
          },
        },
      })),
    ],
  },
});
