import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withPolkuLocale } from '../feedback/story-helpers';
import { NpsQuestion } from './NpsQuestion';

/** NPS 0–10: the standard question and end labels, translated. */
const meta = {
  title: 'CX/Feedback/NpsQuestion',
  component: NpsQuestion,
  decorators: [withPolkuLocale],
  args: { onChange: fn() },
} satisfies Meta<typeof NpsQuestion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const radios = within(canvasElement).getAllByRole('radio');
    await userEvent.tab();
    await expect(radios[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(radios[1]).toBeChecked();
    await userEvent.keyboard('{Home}');
    await expect(args.onChange).toHaveBeenCalledTimes(2);
  },
};
export const Answered: Story = { args: { defaultValue: 3 } };
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const CustomQuestion: Story = { args: { question: 'How was paying for your order today?' } };
export const Narrow: Story = {
  render: (args) => (
    <div style={{ maxWidth: 280 }}>
      <NpsQuestion {...args} />
    </div>
  ),
};
