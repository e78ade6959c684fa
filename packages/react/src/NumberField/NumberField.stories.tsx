import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { NumberField } from './NumberField';

const meta = {
  title: 'Components/NumberField',
  component: NumberField,
  args: { label: 'Loan amount in euros', onChange: fn() },
  argTypes: {
    format: { control: 'inline-radio', options: ['decimal', 'currency', 'percent'] },
    width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] },
  },
} satisfies Meta<typeof NumberField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { width: 'm', maximumFractionDigits: 2 },
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('spinbutton', { name: 'Loan amount in euros' });
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('12500.5');
    await expect(args.onChange).toHaveBeenLastCalledWith(12500.5);
    await userEvent.tab();
    await expect(input).toHaveValue('12,500.5');
  },
};

export const Currency: Story = {
  args: { label: 'Monthly payment', format: 'currency', currency: 'EUR', defaultValue: 450, width: 'm' },
};

export const Percent: Story = {
  args: { label: 'Interest rate', format: 'percent', maximumFractionDigits: 2, defaultValue: 0.0325, width: 's' },
};

export const Finnish: Story = {
  args: { label: 'Lainasumma euroina', format: 'currency', currency: 'EUR', defaultValue: 12500, width: 'm' },
  globals: { locale: 'fi' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('spinbutton', { name: 'Lainasumma euroina' });
    await userEvent.tab();
    await userEvent.clear(input);
    await userEvent.keyboard('1 234,5');
    await userEvent.tab();
    await expect(input).toHaveValue('1\u00a0234,50\u00a0€');
  },
};

export const Swedish: Story = {
  args: { label: 'Lånebelopp', format: 'currency', currency: 'EUR', defaultValue: 12500, width: 'm' },
  globals: { locale: 'sv' },
};

export const MinMaxAndSteppers: Story = {
  args: { label: 'Loan period in years', min: 1, max: 30, defaultValue: 25, steppers: true, width: 's' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('spinbutton', { name: 'Loan period in years' });
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{PageUp}');
    await expect(input).toHaveValue('30');
    await userEvent.keyboard('{Home}');
    await expect(input).toHaveValue('1');
  },
};

export const OutOfRange: Story = {
  args: { label: 'Loan period in years', min: 1, max: 30, hint: 'From 1 to 30 years', width: 's' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('35{Enter}');
    await expect(await canvas.findByText('Enter a number from 1 to 30')).toBeVisible();
    await expect(canvas.getByRole('spinbutton')).toHaveValue('35');
  },
};

export const Unreadable: Story = {
  args: { label: 'Amount', width: 'm' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('12,5,1');
    await userEvent.tab();
    await expect(await canvas.findByText('Enter a number, for example 1,234.5')).toBeVisible();
    await expect(canvas.getByRole('spinbutton')).toHaveValue('12,5,1');
  },
};

export const WithError: Story = { args: { defaultValue: 90000, error: 'The amount is over your loan limit', width: 'm' } };
export const Required: Story = { args: { required: true, width: 'm' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 100, steppers: true, width: 's' } };
