import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox';

const meta = {
  title: 'Components/Checkbox',
  component: Checkbox,
  args: { label: 'Send me a copy of my answers', onChange: fn() },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const box = within(canvasElement).getByRole('checkbox', { name: 'Send me a copy of my answers' });
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithHint: Story = { args: { hint: 'We send it to the email address you gave' } };
export const Required: Story = {
  args: { label: 'I accept the terms of service', required: true },
  play: async ({ canvasElement }) => {
    // As rendered, not just in the DOM: the label stays one run of text with a space before the marker.
    const label = canvasElement.querySelector('label')!;
    await expect(label.innerText).toBe('I accept the terms of service (required)');
  },
};
export const WithError: Story = {
  args: { label: 'I accept the terms of service', required: true, error: 'Accept the terms to continue' },
};
export const Indeterminate: Story = { args: { label: 'Select all messages', indeterminate: true } };
export const Disabled: Story = { args: { disabled: true } };
