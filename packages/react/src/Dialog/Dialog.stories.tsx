import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { Dialog, type DialogProps } from './Dialog';

function DialogDemo(args: DialogProps) {
  const [open, setOpen] = useState(args.open);
  const close = () => {
    setOpen(false);
    args.onClose();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Open dialog</Button>
      <Dialog
        {...args}
        open={open}
        onClose={close}
        footer={
          args.footer && (
            <>
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button variant="danger" onClick={close}>
                Delete
              </Button>
            </>
          )
        }
      />
    </>
  );
}

const meta = {
  title: 'Components/Dialog',
  component: Dialog,
  render: (args) => <DialogDemo {...args} />,
  args: {
    open: false,
    onClose: fn(),
    title: 'Delete saved card?',
    description: 'The card ending in 4242 will be removed from your account.',
    footer: true,
    children: null,
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Open dialog' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const dialog = within(canvasElement.ownerDocument.body).getByRole('dialog', { name: 'Delete saved card?' });
    // Wait for the entrance fade to finish.
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalled();
    await expect(opener).toHaveFocus();
  },
};

export const WithForm: Story = {
  args: {
    title: 'Rename account',
    description: undefined,
    children: (
      <label style={{ display: 'grid', gap: 4 }}>
        New name
        <input defaultValue="Savings" />
      </label>
    ),
  },
};

export const Open: Story = {
  args: { open: true },
  // A modal takes over the whole docs page when rendered inline; give it its own frame there.
  parameters: { docs: { story: { inline: false, height: '360px' } } },
};
