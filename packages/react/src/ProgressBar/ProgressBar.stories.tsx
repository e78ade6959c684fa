import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ProgressBar } from './ProgressBar';

const meta = {
  title: 'Components/ProgressBar',
  component: ProgressBar,
  args: { label: 'Uploading receipt.pdf', value: 45 },
  argTypes: {
    value: { control: { type: 'range', min: 0, max: 100 } },
    format: { control: 'inline-radio', options: ['percent', 'steps'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
  },
  decorators: [(Story) => <div style={{ maxWidth: 480 }}>{Story()}</div>],
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('progressbar', { name: 'Uploading receipt.pdf' });
    await expect(bar).toHaveAttribute('aria-valuenow', '45');
  },
};
export const Steps: Story = { args: { label: 'Application', value: 2, max: 5, format: 'steps' } };
export const CustomValueText: Story = { args: { label: 'Storage used', value: 2, max: 5, valueText: '2 GB of 5 GB' } };
export const Complete: Story = { args: { value: 100 } };
export const Indeterminate: Story = { args: { label: 'Connecting to the chat', value: undefined } };
export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <ProgressBar label="Small" value={30} size="s" />
      <ProgressBar label="Medium" value={60} size="m" />
      <ProgressBar label="Large" value={90} size="l" />
    </div>
  ),
};
export const LabelHidden: Story = { args: { showLabel: false, label: 'Survey progress', value: 3, max: 4 } };
