import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumbs } from './Breadcrumbs';

const meta = {
  title: 'Components/Breadcrumbs',
  component: Breadcrumbs,
  args: {
    items: [
      { label: 'Home', href: '#home' },
      { label: 'Loans', href: '#loans' },
      { label: 'Mortgage', href: '#mortgage' },
    ],
  },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Home' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Mortgage' })).toHaveAttribute('aria-current', 'page');
  },
};
export const CurrentPageAsText: Story = {
  args: { items: [{ label: 'Home', href: '#home' }, { label: 'My profile' }] },
};
export const LongPath: Story = {
  args: {
    items: [
      { label: 'Home', href: '#home' },
      { label: 'Customer service', href: '#service' },
      { label: 'Frequently asked questions about cards', href: '#faq' },
      { label: 'What should I do if my card is lost or stolen abroad?' },
    ],
  },
};
