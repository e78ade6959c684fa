import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RadioGroup } from './RadioGroup';

const meta = {
  title: 'Components/RadioGroup',
  component: RadioGroup,
  args: {
    legend: 'How satisfied are you with the service?',
    onChange: fn(),
    options: [
      { value: 'very', label: 'Very satisfied' },
      { value: 'fairly', label: 'Fairly satisfied' },
      { value: 'not', label: 'Not satisfied', hint: 'We will ask what went wrong' },
    ],
  },
  argTypes: { orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] } },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { defaultValue: 'very' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'Very satisfied' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Fairly satisfied' })).toBeChecked();
    await expect(args.onChange).toHaveBeenLastCalledWith('fairly');
  },
};
export const NoneChosen: Story = {};
export const WithHint: Story = { args: { hint: 'Think about your last visit' } };
export const Required: Story = { args: { required: true } };
export const WithError: Story = { args: { required: true, error: 'Choose how satisfied you are' } };
export const Horizontal: Story = {
  args: {
    legend: 'Do you have a customer number?',
    orientation: 'horizontal',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
};
