import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { TokenDiff } from './TokenDiff';
import { currentTokens, previousRelease } from './releases';

const meta = { title: 'Tokens/What changed', component: TokenDiff } satisfies Meta<typeof TokenDiff>;
export default meta;
type Story = StoryObj<typeof meta>;

/** This build against the last recorded release. */
export const SinceLastRelease: Story = {
  args: { before: previousRelease?.values ?? {}, after: currentTokens, beforeLabel: previousRelease?.version ?? 'none', afterLabel: 'this build' },
};

/** An example proposal: a darker link colour, a new token and a removed one. */
export const ExampleProposal: Story = {
  args: {
    beforeLabel: '0.1.0',
    afterLabel: 'proposal',
    before: { 'light.polku': { '--polku-color-text-link': '#1d4ed8', '--polku-color-legacy-accent': '#7e22ce' } },
    after: { 'light.polku': { '--polku-color-text-link': '#1e40af', '--polku-color-feedback-neutral-text': '#374151' } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('1 changed, 1 added, 1 removed');
    await expect(canvas.getByRole('table', { name: 'Changed' })).toHaveTextContent('#1d4ed8');
  },
};
