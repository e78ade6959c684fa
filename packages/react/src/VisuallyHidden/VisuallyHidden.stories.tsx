import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { VisuallyHidden } from './VisuallyHidden';

const meta = {
  title: 'Components/VisuallyHidden',
  component: VisuallyHidden,
  args: { children: 'Only screen readers read this' },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Extra context for a visible label: the link reads "Read more about opening hours". */
export const Default: Story = {
  render: () => (
    <a href="#opening-hours">
      Read more<VisuallyHidden> about opening hours</VisuallyHidden>
    </a>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Read more about opening hours' })).toBeVisible();
  },
};

/** A heading that structures the page for screen readers without showing. */
export const AsHeading: Story = {
  render: () => (
    <section aria-labelledby="results-heading">
      <VisuallyHidden as="h2" id="results-heading">
        Search results
      </VisuallyHidden>
      <p>12 branches near you.</p>
    </section>
  ),
};

/** `focusable`: hidden until it gets keyboard focus, then shown where it is. Press Tab. */
export const Focusable: Story = {
  render: () => (
    <VisuallyHidden focusable>
      <a href="#main-content">Skip to main content</a>
    </VisuallyHidden>
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Skip to main content' });
    await expect(link.parentElement!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link.parentElement!.getBoundingClientRect().width).toBeGreaterThan(1);
  },
};
