import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heading } from './Heading';

const meta = {
  title: 'Components/Heading',
  component: Heading,
  args: { level: 2, children: 'Your appointments' },
  argTypes: {
    level: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    size: { control: 'select', options: ['xs', 's', 'm', 'l', 'xl', '2xl', '3xl', '4xl'] },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveAttribute('data-size', '2xl');
  },
};

/** Each level at its default size. */
export const Levels: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <Heading level={1}>Level 1 · 3xl</Heading>
      <Heading level={2}>Level 2 · 2xl</Heading>
      <Heading level={3}>Level 3 · xl</Heading>
      <Heading level={4}>Level 4 · l</Heading>
      <Heading level={5}>Level 5 · m</Heading>
      <Heading level={6}>Level 6 · s</Heading>
    </div>
  ),
};

/** The outline and the look are independent: a level-2 heading in a side panel can be small. */
export const SizeSeparateFromLevel: Story = { args: { level: 2, size: 'm', children: 'Related services' } };
