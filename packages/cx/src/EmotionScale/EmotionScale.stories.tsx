import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withPolkuLocale } from '../feedback/story-helpers';
import { EmotionScale } from './EmotionScale';

const meta = {
  title: 'CX/Feedback/EmotionScale',
  component: EmotionScale,
  decorators: [withPolkuLocale],
  args: { onChange: fn() },
} satisfies Meta<typeof EmotionScale>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await expect(within(canvasElement).getAllByRole('radio')[4]).toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith(5);
  },
};
export const Chosen: Story = { args: { defaultValue: 2 } };
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const Narrow: Story = {
  render: (args) => (
    <div style={{ maxWidth: 300 }}>
      <EmotionScale {...args} />
    </div>
  ),
};
