import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Accordion } from './Accordion';

const meta = {
  title: 'Components/Accordion',
  component: Accordion,
  args: {
    headingLevel: 2,
    onValueChange: fn(),
    items: [
      { value: 'delivery', title: 'When will my order arrive?', content: <p>Usually within 2–4 working days.</p> },
      { value: 'returns', title: 'How do I return a product?', content: <p>Within 30 days, free of charge.</p> },
      { value: 'warranty', title: 'What does the warranty cover?', content: <p>Manufacturing faults for 2 years.</p> },
    ],
  },
  argTypes: { headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] } },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Single: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'When will my order arrive?' })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('button', { name: 'When will my order arrive?' })).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['returns']);
  },
};
export const Multiple: Story = { args: { multiple: true, defaultValue: ['delivery', 'warranty'] } };
export const WithDisabledSection: Story = {
  args: {
    items: [
      { value: 'a', title: 'Available section', content: <p>Content.</p> },
      { value: 'b', title: 'Not available yet', content: <p>Hidden.</p>, disabled: true },
    ],
  },
};
