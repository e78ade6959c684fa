import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { IconButton } from '../IconButton';
import { TextField } from '../TextField';
import { Popover } from './Popover';

const meta = {
  title: 'Components/Popover',
  component: Popover,
  args: {
    title: 'Opening hours',
    trigger: <Button variant="secondary">Opening hours</Button>,
    children: <p style={{ margin: 0 }}>Monday to Friday 9–17. Closed on public holidays.</p>,
    onOpenChange: fn(),
  },
  argTypes: {
    placement: { control: 'inline-radio', options: ['bottom-start', 'bottom', 'bottom-end', 'top-start', 'top', 'top-end'] },
    trigger: { control: false },
    children: { control: false },
  },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 320 }}>
        <Story />
        <p>
          <a href="#after">A link after the popover</a>
        </p>
      </div>
    ),
  ],
} satisfies Meta<typeof Popover>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Text only: focus moves to the popover itself, Escape returns it to the trigger. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Opening hours' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = canvas.getByRole('dialog', { name: 'Opening hours' });
    await waitFor(() => expect(dialog).toHaveFocus());
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

/** A short form: focus goes to the field; Tab past the end moves on to the page and closes the popover. */
export const WithForm: Story = {
  args: {
    title: 'Nearest branch',
    trigger: <Button variant="secondary">Find a branch</Button>,
    children: <TextField label="Postcode" inputMode="numeric" autoComplete="postal-code" />,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    const field = canvas.getByRole('textbox', { name: 'Postcode' });
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard('00100');
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'A link after the popover' })).toHaveFocus();
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

/** An icon button trigger (its label is the trigger's name) and the close button, for pointer and touch users. */
export const IconTrigger: Story = {
  args: {
    title: 'What is an IBAN?',
    trigger: <IconButton icon="info" label="What is an IBAN?" variant="secondary" />,
    children: <p style={{ margin: 0 }}>The international account number, for example FI21 1234 5600 0007 85.</p>,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'What is an IBAN?' });
    await userEvent.click(trigger);
    await waitFor(() => expect(canvas.getByRole('dialog')).toHaveFocus());
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(trigger).toHaveFocus();
    await expect(canvas.getByRole('dialog')).toBeVisible();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};

/** Open from the start (an initially open popover does not take focus), placed above its trigger. */
export const OpenAbove: Story = {
  args: { defaultOpen: true, placement: 'top-start' },
  decorators: [
    (Story) => (
      <div style={{ paddingTop: 200 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog');
    const trigger = canvas.getByRole('button', { name: 'Opening hours' });
    await waitFor(() => expect(dialog.getBoundingClientRect().bottom).toBeLessThanOrEqual(trigger.getBoundingClientRect().top));
    await expect(dialog).not.toHaveFocus();
  },
};

/** Controlled: the page keeps the state and shows it. */
export const Controlled: Story = {
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Popover {...args} open={open} onOpenChange={setOpen} />
        <p>The popover is {open ? 'open' : 'closed'}.</p>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('The popover is open.')).toBeVisible();
    await userEvent.click(canvas.getByText('The popover is open.'));
    await expect(canvas.getByText('The popover is closed.')).toBeVisible();
  },
};

export const Finnish: Story = {
  args: {
    title: 'Aukioloajat',
    trigger: <Button variant="secondary">Aukioloajat</Button>,
    children: <p style={{ margin: 0 }}>Maanantaista perjantaihin 9–17. Suljettu arkipyhinä.</p>,
  },
  globals: { locale: 'fi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Sulje' })).toBeVisible());
  },
};

/** At 320 px the popover fits the viewport and its text wraps. */
export const Reflow320: Story = {
  args: {
    title: 'Why do we ask for your tax number?',
    children: (
      <p style={{ margin: 0 }}>
        The tax administration needs it to match the interest you earn on your savings to your tax return.
      </p>
    ),
  },
  globals: { viewport: { value: 'reflow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const dialog = canvas.getByRole('dialog');
    await waitFor(() => expect(dialog).toHaveFocus());
    await expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};
