import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { workspaceAliases } from '@polku/tooling/aliases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @storybook/builder-vite's plugin that adds the module mocker's script to iframe.html. */
const MOCKER_PLUGIN = 'vite:storybook-inject-mocker-runtime';

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)', '../docs/**/*.stories.@(ts|tsx)'],
  addons: [
    // Storybook's MDX is CommonMark only: without GFM the docs pages print their tables as pipe text
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig, { configType, configDir }) {
    const { mergeConfig } = await import('vite');
    // Storybook injects Vitest's module mocker (vite-inject-mocker-entry.js, 28 kB) into every page of the built site,
    // for sb.mock() calls in preview.tsx. Polku mocks no module, so the site leaves it out while preview.tsx has none
    // (scripts/check-storybook-preview.mjs fails if a first story loads it; docs/benchmarks.md).
    const dropMocker = configType === 'PRODUCTION' && !fs.readFileSync(path.join(configDir, 'preview.tsx'), 'utf8').includes('sb.mock(');
    const plugins = dropMocker
      ? viteConfig.plugins?.filter((plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === MOCKER_PLUGIN))
      : viteConfig.plugins;
    return mergeConfig({ ...viteConfig, plugins }, { resolve: { alias: workspaceAliases(root) } });
  },
};

export default config;
