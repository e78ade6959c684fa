import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from './TextField';

const meta = {
  title: 'Components/TextField',
  component: TextField,
  args: { label: 'Full name' },
  argTypes: {
    type: { control: 'inline-radio', options: ['text', 'email', 'tel', 'number', 'search'] },
    width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Full name' });
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('Aino Virtanen');
    await expect(input).toHaveValue('Aino Virtanen');
  },
};
export const WithHint: Story = { args: { label: 'Email address', type: 'email', hint: 'We send the receipt here' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = {
  args: { label: 'Email address', type: 'email', hint: 'For example aino@example.fi', error: 'Enter an email address' },
};
export const CharacterCounter: Story = {
  args: { label: 'Subject', characterLimit: 20, hint: 'A short summary' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('My card was charged twice');
    await expect(canvas.getByText('5 characters too many')).toBeVisible();
  },
};
export const PrefixAndSuffix: Story = {
  args: { label: 'Amount in euros per month', type: 'number', prefix: '€', suffix: '/ month', width: 'm' },
};
export const Types: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <TextField {...args} label="Text" />
      <TextField {...args} label="Email" type="email" />
      <TextField {...args} label="Phone" type="tel" width="m" />
      <TextField {...args} label="Number" type="number" width="s" />
      <TextField {...args} label="Search" type="search" />
    </div>
  ),
};
export const Widths: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <TextField {...args} label="Postcode" width="s" />
      <TextField {...args} label="Phone" width="m" />
      <TextField {...args} label="Street address" width="l" />
      <TextField {...args} label="Message title" width="full" />
    </div>
  ),
};
export const Disabled: Story = { args: { disabled: true, defaultValue: 'Aino' } };
