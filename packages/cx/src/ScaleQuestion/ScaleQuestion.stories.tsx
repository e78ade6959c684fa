import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { withPolkuLocale } from '../feedback/story-helpers';
import { ScaleQuestion } from './ScaleQuestion';

const meta = {
  title: 'CX/Feedback/ScaleQuestion',
  component: ScaleQuestion,
  decorators: [withPolkuLocale],
  args: {
    question: 'How likely are you to recommend us to a friend or colleague?',
    min: 0,
    max: 10,
    lowLabel: 'Not at all likely',
    highLabel: 'Extremely likely',
    onChange: fn(),
  },
} satisfies Meta<typeof ScaleQuestion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: '0, Not at all likely' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('radio', { name: '10, Extremely likely' })).toBeChecked();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(args.onChange).toHaveBeenLastCalledWith(9);
  },
};
export const Chosen: Story = { args: { defaultValue: 7 } };
export const WithHintAndError: Story = { args: { hint: 'Think of your last visit.', error: 'Choose an answer first.' } };
export const Disabled: Story = { args: { defaultValue: 4, disabled: true } };
/** In a narrow container the options stack vertically and the end labels move into the end options. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ maxWidth: 300 }}>
      <ScaleQuestion {...args} />
    </div>
  ),
};
export const RightToLeft: Story = {
  args: { question: 'RTL', min: 1, max: 5, lowLabel: 'Low', highLabel: 'High', defaultValue: 3 },
  render: (args) => (
    <div dir="rtl">
      <ScaleQuestion {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('radio', { name: '3' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('radio', { name: '4' })).toBeChecked();
  },
};
/** Non-standard: reversed scales warn in development (see the console). */
export const ReversedNonStandard: Story = { args: { kind: 'nps', reversed: true } };
