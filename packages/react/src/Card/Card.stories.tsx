import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Badge } from '../Badge';
import { Card } from './Card';

const meta = {
  title: 'Components/Card',
  component: Card,
  args: {
    heading: 'Home insurance',
    headingLevel: 2,
    children: <p style={{ margin: 0 }}>Valid until 31 December. Covers your home, belongings and liability.</p>,
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithFooter: Story = { args: { footer: 'Updated yesterday' } };
export const WithoutHeading: Story = {
  args: { heading: undefined, headingLevel: undefined, children: 'A raised surface for any content.' },
};

/** The whole card is clickable, but there is one link: the heading. Tab reaches it once; Enter follows it. */
export const Linked: Story = {
  args: { href: '#book', heading: 'Book an appointment', footer: <Badge tone="success">Free</Badge> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const links = canvas.getAllByRole('link');
    await expect(links).toHaveLength(1);
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
  },
};

/** Linked cards in a list: `as="li"` inside a `<ul>`, wrapping into columns. */
export const LinkedList: Story = {
  render: () => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
        gap: 16,
        listStyle: 'none',
        margin: 0,
        padding: 0,
      }}
    >
      <Card as="li" heading="Chat" headingLevel={2} href="#chat">
        Answer in about 2 minutes.
      </Card>
      <Card as="li" heading="Phone" headingLevel={2} href="#phone">
        Answer in about 10 minutes.
      </Card>
      <Card as="li" heading="Branch" headingLevel={2} href="#branch">
        Book a time that suits you.
      </Card>
    </ul>
  ),
};
