import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LanguageMenu } from './LanguageMenu';

const meta = {
  title: 'Components/LanguageMenu',
  component: LanguageMenu,
  args: { value: 'fi', onChange: fn() },
  argTypes: { value: { control: 'inline-radio', options: ['fi', 'sv', 'en'] } },
  decorators: [
    (Story) => (
      <div style={{ minHeight: 240 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof LanguageMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Switches in place: Down opens on the first language, a letter jumps, Enter chooses; the button then says it. */
export const Default: Story = {
  globals: { locale: 'fi' },
  render: function Render(args) {
    const [language, setLanguage] = useState(args.value);
    return (
      <LanguageMenu
        {...args}
        value={language}
        onChange={(code) => {
          args.onChange?.(code);
          setLanguage(code);
        }}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Kieli: Suomi' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvas.getByRole('menuitemradio', { name: 'Suomi' })).toHaveFocus());
    await expect(canvas.getByRole('menuitemradio', { name: 'Suomi' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.keyboard('s{Enter}');
    await expect(args.onChange).toHaveBeenCalledWith('sv');
    await expect(canvas.getByRole('button', { name: 'Kieli: Svenska' })).toHaveFocus();
  },
};

/** Links to the same page in each language, with `hreflang`; the menu is left open for the checks. */
export const Links: Story = {
  args: {
    value: 'sv',
    languages: [
      { code: 'fi', href: '#fi' },
      { code: 'sv', href: '#sv' },
      { code: 'en', href: '#en' },
    ],
  },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const english = canvas.getByRole('menuitemradio', { name: 'English' });
    await waitFor(() => expect(canvas.getByRole('menuitemradio', { name: 'Suomi' })).toHaveFocus());
    await expect(english).toHaveAttribute('hreflang', 'en');
    await expect(english).toHaveAttribute('lang', 'en');
    await expect(canvas.getByRole('menu', { name: 'Språk: Svenska' })).toBeVisible();
  },
};

/** A longer list: Northern Sami and Estonian named by Intl.DisplayNames in themselves. */
export const MoreLanguages: Story = {
  args: { value: 'en', languages: ['fi', 'sv', 'se', 'et', 'en'] },
};

export const Reflow320: Story = {
  globals: { viewport: { value: 'reflow', isRotated: false }, locale: 'fi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(canvas.getByRole('menuitemradio', { name: 'English' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: 'Kieli: Suomi' })).toHaveFocus();
  },
};
