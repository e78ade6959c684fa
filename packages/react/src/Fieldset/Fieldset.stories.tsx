import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextField } from '../TextField';
import { Fieldset } from './Fieldset';

const meta = {
  title: 'Components/Fieldset',
  component: Fieldset,
  args: {
    legend: 'Postal address',
    children: (
      <>
        <TextField label="Street address" autoComplete="street-address" />
        <TextField label="Postcode" width="s" autoComplete="postal-code" />
        <TextField label="Town" width="l" autoComplete="address-level2" />
      </>
    ),
  },
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Street address' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Postcode' })).toHaveFocus();
  },
};
export const WithHint: Story = { args: { hint: 'Where we send letters about your case' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { hint: 'Where we send letters', error: 'Enter your full postal address' } };
export const Disabled: Story = { args: { disabled: true } };
