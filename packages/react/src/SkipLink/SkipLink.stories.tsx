import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink';

const meta = {
  title: 'Components/SkipLink',
  component: SkipLink,
  args: { href: '#story-main' },
  render: (args) => (
    <div>
      <SkipLink {...args} />
      <nav aria-label="Site">
        <a href="#services">Services</a> · <a href="#contact">Contact</a>
      </nav>
      <div id="story-main" style={{ marginTop: 16 }}>
        <p>Main content. Press Tab to see the skip link, Enter to jump here.</p>
        <a href="#inside">A link inside the main content</a>
      </div>
    </div>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    // The test page must not change its URL; SkipLink has moved focus by the time this listener runs.
    canvasElement.addEventListener('click', (event) => event.preventDefault());
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: /Skip to main content|Siirry pääsisältöön|Hoppa till huvudinnehållet/ });
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(24);
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('#story-main')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'A link inside the main content' })).toHaveFocus();
  },
};

export const CustomText: Story = { args: { children: 'Skip to search results' } };
