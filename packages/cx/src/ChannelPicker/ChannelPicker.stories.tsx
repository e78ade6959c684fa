import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ChannelPicker, type ChannelOption } from './ChannelPicker';

const options: ChannelOption[] = [
  { channel: 'chat', available: true, waitMinutes: 2, cost: 'Free', href: '/chat', openingHours: 'Mon–Fri 8–20' },
  { channel: 'phone', available: true, waitMinutes: 12, phoneNumber: '+358 9 123 4567', cost: 'Local call rate', openingHours: 'Mon–Fri 8–18' },
  { channel: 'callback', available: true, waitMinutes: 0, href: '/callback', cost: 'Free' },
  { channel: 'email', available: true, emailAddress: 'help@example.fi', cost: 'Free' },
  { channel: 'video', available: false, openingHours: 'Mon–Fri 9–16', href: '/video' },
  { channel: 'branch', available: true, href: '/branches/book', openingHours: 'Mon–Fri 10–16.30', cost: 'Free' },
];

const meta = {
  title: 'CX/Patterns/ChannelPicker',
  component: ChannelPicker,
  args: {
    label: 'How would you like to continue?',
    options,
    envelope: { reference: 'KX4R-9TCM', summary: 'Card payment declined at checkout', journeyStep: 'checkout/payment' },
    onSelect: fn(),
  },
} satisfies Meta<typeof ChannelPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Links: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const chat = canvas.getByRole('link', { name: 'Start a chat' });
    chat.addEventListener('click', (event) => event.preventDefault());
    await userEvent.tab();
    await expect(chat).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('chat', args.envelope);
  },
};

export const RadioGroup: Story = {
  args: { mode: 'radio' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'Chat' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Phone' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('phone', args.envelope);
  },
};

export const RadioNothingChosen: Story = {
  args: { mode: 'radio' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Choose a channel first.');
  },
};

export const AllClosed: Story = {
  args: { options: options.map((option) => ({ ...option, available: false })) },
};
