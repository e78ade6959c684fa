import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CheckboxGroup } from './CheckboxGroup';

const meta = {
  title: 'Components/CheckboxGroup',
  component: CheckboxGroup,
  args: {
    legend: 'How can we contact you?',
    name: 'contact',
    onChange: fn(),
    options: [
      { value: 'email', label: 'Email' },
      { value: 'sms', label: 'Text message', hint: 'Only about your open cases' },
      { value: 'phone', label: 'Phone call' },
      { value: 'post', label: 'Letter (not available)', disabled: true },
    ],
  },
  argTypes: { orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] } },
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: 'Text message' })).toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith(['email', 'sms']);
  },
};
export const WithHint: Story = { args: { hint: 'Choose all that apply' } };
export const Required: Story = { args: { required: true, defaultValue: ['email'] } };
export const WithError: Story = { args: { hint: 'Choose all that apply', error: 'Choose at least one way to contact you' } };
export const Horizontal: Story = { args: { orientation: 'horizontal' } };
