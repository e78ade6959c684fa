import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { Alert } from './Alert';

const meta = {
  title: 'Components/Alert',
  component: Alert,
  args: { children: 'Your changes have been saved.', tone: 'info' },
  argTypes: { tone: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] } },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = { args: { children: 'The service will be updated on Sunday night.' } };
export const Success: Story = { args: { tone: 'success', title: 'Saved' } };
export const Warning: Story = { args: { tone: 'warning', children: 'Your session ends in 5 minutes.' } };
export const ErrorTone: Story = { args: { tone: 'error', title: 'Payment failed', children: 'Try another card.' } };
export const Dismissible: Story = {
  args: { onDismiss: fn(), tone: 'success' },
  play: async ({ canvasElement, args }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

function LiveDemo() {
  const [shown, setShown] = useState(false);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Button onClick={() => setShown(true)}>Pay</Button>
      {shown && (
        <Alert tone="error" live title="Payment failed" onDismiss={() => setShown(false)}>
          The card was declined. Try another card.
        </Alert>
      )}
    </div>
  );
}

export const LiveError: Story = {
  render: () => <LiveDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Error: Payment failed');
  },
};
