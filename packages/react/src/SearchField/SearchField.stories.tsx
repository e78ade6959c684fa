import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SearchField } from './SearchField';

const meta = {
  title: 'Components/SearchField',
  component: SearchField,
  args: { label: 'Search the help pages', onSubmit: fn(), onClear: fn() },
  argTypes: { width: { control: 'inline-radio', options: ['s', 'm', 'l', 'full'] } },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox', { name: 'Search the help pages' });
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('card limit{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith('card limit');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
    await expect(args.onClear).toHaveBeenCalled();
  },
};

export const WithText: Story = {
  args: { defaultValue: 'mortgage' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const clear = canvas.getByRole('button', { name: 'Clear search' });
    await expect(clear).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('searchbox')).toHaveValue('');
    await expect(canvas.getByRole('searchbox')).toHaveFocus();
  },
};

export const WithHint: Story = { args: { hint: 'For example "card", "loan" or "moving house"' } };
export const WithError: Story = { args: { defaultValue: 'k', error: 'Type at least two letters' } };
export const WithoutSearchButton: Story = { args: { searchButton: false, hint: 'Press Enter to search' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'card' } };
export const Widths: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <SearchField {...args} label="Postcode search" width="s" />
      <SearchField {...args} label="Branch search" width="m" />
      <SearchField {...args} label="Help search" width="l" />
    </div>
  ),
};

/** Native form submission: without `onSubmit`, Enter and the button submit `<form role="search">`. */
export const InSearchLandmark: Story = {
  args: { onSubmit: undefined, name: 'q' },
  render: function Render(args) {
    const [submitted, setSubmitted] = useState('');
    return (
      <form
        role="search"
        aria-label="Help pages"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(String(new FormData(event.currentTarget).get('q')));
        }}
      >
        <SearchField {...args} />
        <p aria-live="polite">{submitted && `Searched for "${submitted}"`}</p>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('opintolaina{Enter}');
    await expect(await canvas.findByText('Searched for "opintolaina"')).toBeVisible();
  },
};

export const Finnish: Story = {
  args: { label: 'Hae ohjeista', defaultValue: 'laina' },
  globals: { locale: 'fi' },
};

export const Reflow320: Story = {
  args: { defaultValue: 'moving house', hint: 'The search button wraps below the field on narrow screens' },
  globals: { viewport: { value: 'reflow', isRotated: false } },
};
