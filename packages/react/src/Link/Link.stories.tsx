import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from './Link';

const meta = {
  title: 'Components/Link',
  component: Link,
  args: { href: '#opening-hours', children: 'Opening hours' },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Opening hours' });
    await userEvent.tab();
    await expect(link).toHaveFocus();
  },
};

export const InText: Story = {
  render: (args) => (
    <p style={{ maxWidth: '60ch', margin: 0 }}>
      You can book an appointment online, or check the <Link {...args} /> of your nearest branch before you visit.
    </p>
  ),
};

/** Opens in a new tab: icon, `target="_blank"`, safe `rel`, and "opens in a new tab" for screen readers. */
export const External: Story = {
  args: { href: 'https://www.suomi.fi/', external: true, children: 'Suomi.fi guide to e-services' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /opens in a new tab|avautuu|öppnas/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.tab();
    await expect(link).toHaveFocus();
  },
};

export const Standalone: Story = { args: { standalone: true, children: 'All branches and opening hours' } };
