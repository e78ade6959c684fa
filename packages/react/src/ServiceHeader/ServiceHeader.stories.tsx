import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { LanguageMenu } from '../LanguageMenu';
import { ServiceHeader, type ServiceHeaderProps } from './ServiceHeader';

const navigation = [
  { label: 'Accounts', href: '#accounts', current: true },
  { label: 'Payments', href: '#payments' },
  { label: 'Loans', href: '#loans' },
  { label: 'Insurance', href: '#insurance' },
];

function Example(args: ServiceHeaderProps) {
  const [language, setLanguage] = useState('en');
  return (
    <>
      <ServiceHeader {...args} languageMenu={<LanguageMenu value={language} onChange={setLanguage} size="s" />} />
      <main id="main" style={{ padding: 16 }}>
        <h1 style={{ marginTop: 0 }}>Accounts</h1>
        <a href="#statement">Latest statement</a>
      </main>
    </>
  );
}

const meta = {
  title: 'Components/ServiceHeader',
  component: ServiceHeader,
  parameters: { layout: 'fullscreen' },
  args: {
    serviceName: 'Online bank',
    homeHref: '#home',
    navigation,
    user: (
      <Button variant="secondary" size="s">
        Log in
      </Button>
    ),
  },
  argTypes: { user: { control: false }, languageMenu: { control: false }, logo: { control: false } },
  render: (args) => <Example {...args} />,
} satisfies Meta<typeof ServiceHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

const narrow = () => window.matchMedia('(max-width: 48em)').matches;

/** The skip link is the first Tab stop; wide screens show the navigation, narrow ones the menu button. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    // the test page must not change its URL; SkipLink has moved focus by the time this listener runs
    canvasElement.addEventListener('click', (event) => event.preventDefault());
    const canvas = within(canvasElement);
    await userEvent.tab();
    const skip = canvas.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toHaveFocus();
    await expect(canvas.getByRole('banner')).toContainElement(skip);
    if (narrow()) {
      await expect(canvas.getByRole('button', { name: 'Menu' })).toBeVisible();
      await expect(canvas.queryByRole('navigation')).toBeNull();
    } else {
      await expect(canvas.queryByRole('button', { name: 'Menu' })).toBeNull();
      const nav = canvas.getByRole('navigation', { name: 'Main menu' });
      await expect(within(nav).getByRole('link', { name: 'Accounts' })).toHaveAttribute('aria-current', 'page');
    }
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
  },
};

/** At 320 px: the menu button opens the navigation below the bar; nothing is trapped; Escape closes it. */
export const Mobile320: Story = {
  globals: { viewport: { value: 'reflow', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const menu = canvas.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Online bank' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(menu).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const nav = canvas.getByRole('navigation', { name: 'Main menu' });
    await waitFor(() => expect(nav).toBeVisible());
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toHaveAttribute('aria-controls', nav.id);
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: 'Accounts' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(menu).toHaveFocus();
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Latest statement' })).toHaveFocus();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
  },
};

export const Finnish: Story = {
  args: {
    serviceName: 'Verkkopankki',
    navigation: [
      { label: 'Tilit', href: '#tilit', current: true },
      { label: 'Maksut', href: '#maksut' },
      { label: 'Lainat', href: '#lainat' },
    ],
    user: (
      <Button variant="secondary" size="s">
        Kirjaudu
      </Button>
    ),
  },
  globals: { locale: 'fi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Kieli: English' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Siirry pääsisältöön' })).toBeInTheDocument();
    if (narrow()) await expect(canvas.getByRole('button', { name: 'Valikko' })).toBeVisible();
    else await expect(canvas.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
  },
};

/** A small service with a logo and no navigation: no nav, no menu button. */
export const WithLogoNoNavigation: Story = {
  args: {
    serviceName: 'Appointment booking',
    navigation: undefined,
    logo: (
      <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="3" />
      </svg>
    ),
  },
};
