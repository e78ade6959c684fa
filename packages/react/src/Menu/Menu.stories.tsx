import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MenuButton, MenuGroup, MenuItem, MenuSeparator } from './index';

const meta = {
  title: 'Components/Menu',
  component: MenuButton,
  args: { label: 'Actions', onOpenChange: fn(), children: null },
  argTypes: {
    placement: { control: 'inline-radio', options: ['bottom-start', 'bottom-end', 'top-start', 'top-end'] },
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] },
    children: { control: false },
  },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 360 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof MenuButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = (element: HTMLElement) => within(element.ownerDocument.body);

/** An actions menu: Down opens it on the first item, arrows wrap, a letter jumps, Enter chooses and returns focus. */
export const Actions: Story = {
  render: function Render(args) {
    const [last, setLast] = useState('');
    return (
      <>
        <MenuButton {...args}>
          <MenuItem onSelect={() => setLast('Copied')}>Copy account number</MenuItem>
          <MenuItem onSelect={() => setLast('Downloaded')}>Download statement</MenuItem>
          <MenuItem onSelect={() => setLast('Renamed')}>Rename account</MenuItem>
          <MenuItem onSelect={() => setLast('Closed')}>Close account</MenuItem>
        </MenuButton>
        <p aria-live="polite">{last}</p>
        <a href="#after-menu">After the menu</a>
      </>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Actions' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Copy account number' })).toHaveFocus());
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Close account' })).toHaveFocus();
    await userEvent.keyboard('r');
    await expect(canvas.getByRole('menuitem', { name: 'Rename account' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByText('Renamed')).toBeVisible();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Close account' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    // Tab from inside the open menu closes it and lands on the next stop after the button (user-event's Tab)
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Copy account number' })).toHaveFocus());
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'After the menu' })).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Groups with names, a separator, radio items with a check mark, a disabled item and a link item. */
export const GroupsAndSeparators: Story = {
  args: { label: 'View' },
  render: function Render(args) {
    const [sort, setSort] = useState('date');
    return (
      <MenuButton {...args}>
        <MenuGroup label="Sort by">
          {['date', 'amount', 'recipient'].map((key) => (
            <MenuItem key={key} checked={sort === key} onSelect={() => setSort(key)}>
              {key[0]!.toUpperCase() + key.slice(1)}
            </MenuItem>
          ))}
        </MenuGroup>
        <MenuSeparator />
        <MenuGroup label="Export">
          <MenuItem href="#statement.pdf">Download as PDF</MenuItem>
          <MenuItem disabled>Download as CSV (not available for this account)</MenuItem>
        </MenuGroup>
      </MenuButton>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('menuitemradio', { name: 'Date' })).toHaveFocus());
    await expect(canvas.getByRole('group', { name: 'Sort by' })).toBeVisible();
    await userEvent.keyboard('{ArrowDown} ');
    await expect(canvas.getByRole('button', { name: 'View' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitemradio', { name: 'Amount' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.keyboard('{End}');
    const disabled = canvas.getByRole('menuitem', { name: /CSV/ });
    await expect(disabled).toHaveFocus();
    await expect(disabled).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(disabled).toHaveFocus();
  },
};

/** Opens upwards from the end of the button; flips back down when there is no room above. */
export const PlacementTopEnd: Story = {
  args: { placement: 'top-end', label: 'More' },
  decorators: [
    (Story) => (
      <div style={{ paddingTop: 240, display: 'flex', justifyContent: 'flex-end' }}>
        <Story />
      </div>
    ),
  ],
  render: (args) => (
    <MenuButton {...args}>
      <MenuItem>Edit</MenuItem>
      <MenuItem>Duplicate</MenuItem>
      <MenuItem>Remove</MenuItem>
    </MenuButton>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'More' });
    await userEvent.click(button);
    const menu = body(canvasElement).getByRole('menu', { name: 'More' });
    await waitFor(() => expect(menu.getBoundingClientRect().bottom).toBeLessThanOrEqual(button.getBoundingClientRect().top));
    await userEvent.keyboard('{Tab}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

export const Finnish: Story = {
  args: { label: 'Toiminnot' },
  globals: { locale: 'fi' },
  render: (args) => (
    <MenuButton {...args}>
      <MenuItem>Avaa</MenuItem>
      <MenuItem>Äänestä</MenuItem>
      <MenuItem>Älä tallenna</MenuItem>
    </MenuButton>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}ä');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Äänestä' })).toHaveFocus());
  },
};

/** At 320 px the menu is never wider than the viewport and long labels wrap. */
export const Reflow320: Story = {
  args: { label: 'Account actions' },
  globals: { viewport: { value: 'reflow', isRotated: false } },
  render: (args) => (
    <MenuButton {...args}>
      <MenuItem>Order a new card to the address in the population register</MenuItem>
      <MenuItem>Change the daily withdrawal limit</MenuItem>
    </MenuButton>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    const menu = canvas.getByRole('menu');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: /Order a new card/ })).toHaveFocus());
    await expect(menu.getBoundingClientRect().right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};
