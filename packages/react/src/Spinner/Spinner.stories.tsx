import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Spinner } from './Spinner';

const meta = {
  title: 'Components/Spinner',
  component: Spinner,
  args: { label: 'Loading messages…' },
  argTypes: { size: { control: 'inline-radio', options: ['s', 'm', 'l'] } },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading messages…');
  },
};

export const VisibleLabel: Story = { args: { showLabel: true } };

export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
      <Spinner size="s" label="Loading, small" />
      <Spinner size="m" label="Loading, medium" />
      <Spinner size="l" label="Loading, large" />
    </div>
  ),
};

/** Inside something that already announces the state: `decorative` hides it from assistive technology. */
export const Decorative: Story = {
  render: () => (
    <p role="status" style={{ display: 'flex', alignItems: 'center', gap: 8, margin: 0 }}>
      <Spinner decorative size="s" /> Saving your answer…
    </p>
  ),
};
