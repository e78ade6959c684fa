import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { ToastRegion, useToast } from './Toast';
import { createToaster, type ToastOptions } from './toaster';

const storyToaster = createToaster();

function Demo({ options }: { options: ToastOptions }) {
  const toast = useToast(storyToaster);
  return (
    <div>
      <Button onClick={() => toast.show(options)}>Show notification</Button>
      <ToastRegion toaster={storyToaster} />
    </div>
  );
}

const meta = {
  title: 'Components/Toast',
  component: ToastRegion,
  args: { toaster: storyToaster },
  render: () => <Demo options={{ tone: 'success', message: 'Your message was sent.' }} />,
  beforeEach: () => () => storyToaster.clear(),
} satisfies Meta<typeof ToastRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent('Success: Your message was sent.');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Close notification' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
};
export const Info: Story = {
  render: () => <Demo options={{ tone: 'info', message: 'A new version is available.' }} />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show notification' }));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('A new version');
  },
};
export const Warning: Story = {
  render: () => <Demo options={{ tone: 'warning', title: 'Slow connection', message: 'Saving may take longer.' }} />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show notification' }));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Warning: Slow connection');
  },
};
export const ErrorToast: Story = {
  render: () => <Demo options={{ tone: 'error', title: 'Not sent', message: 'Check your connection and try again.' }} />,
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Error: Not sent');
  },
};
/** F8 reaches the notifications from anywhere on the page; Escape goes back. */
export const Hotkey: Story = {
  render: () => <Demo options={{ tone: 'warning', title: 'Session ending', message: 'You will be signed out in 2 minutes.' }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const show = canvas.getByRole('button', { name: 'Show notification' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{F8}');
    await expect(canvas.getByRole('region', { name: 'Notifications (F8)' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(show).toHaveFocus();
  },
};
