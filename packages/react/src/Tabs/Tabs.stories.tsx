import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Tabs } from './Tabs';

const meta = {
  title: 'Components/Tabs',
  component: Tabs,
  args: {
    label: 'Account settings',
    onValueChange: fn(),
    items: [
      { value: 'profile', label: 'Profile', content: <p>Your name, email address and phone number.</p> },
      { value: 'security', label: 'Security', content: <p>Password and two-step verification.</p> },
      { value: 'billing', label: 'Billing', content: <p>Invoices and payment methods.</p>, disabled: true },
      { value: 'notifications', label: 'Notifications', content: <p>Which messages we send you.</p> },
    ],
  },
  argTypes: {
    activation: { control: 'inline-radio', options: ['automatic', 'manual'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
  },
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Automatic: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('tab', { name: 'Profile' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tab', { name: 'Notifications' })).toHaveFocus();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('notifications');
  },
};

export const Manual: Story = {
  args: { activation: 'manual' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
  },
};

export const InitiallySelected: Story = { args: { defaultValue: 'notifications' } };

/** Tabs in a column beside the panel; Up and Down move between them. On narrow screens the panel wraps below. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tablist')).toHaveAttribute('aria-orientation', 'vertical');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('tab', { name: 'Security' })).toHaveFocus();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('security');
  },
};
