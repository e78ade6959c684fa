import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Select } from './Select';

const countries = [
  { value: 'fi', label: 'Finland' },
  { value: 'se', label: 'Sweden' },
  { value: 'ee', label: 'Estonia' },
  { value: 'no', label: 'Norway (not yet available)', disabled: true },
];

const meta = {
  title: 'Components/Select',
  component: Select,
  args: { label: 'Country', options: countries, placeholder: 'Choose a country' },
  argTypes: { width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] } },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Country' });
    await userEvent.tab();
    await expect(select).toHaveFocus();
    await userEvent.selectOptions(select, 'se');
    await expect(select).toHaveValue('se');
  },
};
export const WithHint: Story = { args: { hint: 'Where you live for tax purposes' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Choose the country where you live' } };
export const WithoutPlaceholder: Story = { args: { placeholder: undefined, defaultValue: 'fi' } };
export const OptionChildren: Story = {
  args: { options: undefined, placeholder: undefined, label: 'Delivery' },
  render: (args) => (
    <Select {...args}>
      <optgroup label="Standard">
        <option value="post">Post office</option>
        <option value="home">Home delivery</option>
      </optgroup>
      <optgroup label="Fast">
        <option value="express">Express</option>
      </optgroup>
    </Select>
  ),
};
export const Widths: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <Select {...args} label="Small" width="s" />
      <Select {...args} label="Medium" width="m" />
      <Select {...args} label="Large" width="l" />
    </div>
  ),
};
export const Disabled: Story = { args: { disabled: true } };
