import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextArea } from './TextArea';

const meta = {
  title: 'Components/TextArea',
  component: TextArea,
  args: { label: 'Describe the problem' },
  argTypes: { width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] } },
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const area = within(canvasElement).getByRole('textbox', { name: 'Describe the problem' });
    await userEvent.tab();
    await expect(area).toHaveFocus();
    await userEvent.keyboard('Line one{Enter}Line two');
    await expect(area).toHaveValue('Line one\nLine two');
  },
};
export const WithHint: Story = { args: { hint: 'Do not include card numbers or passwords' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Describe the problem' } };
export const CharacterCounter: Story = {
  args: { characterLimit: 30, hint: 'Keep it short' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('Too slow');
    await expect(within(canvasElement).getByText('22 characters left')).toBeVisible();
  },
};
export const OverTheLimit: Story = {
  args: { characterLimit: 10, defaultValue: 'This is more than ten characters' },
};
export const Disabled: Story = { args: { disabled: true, defaultValue: 'Sent on 3 March' } };
