import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Icon } from './Icon';
import { iconNames } from './icons';

const meta = {
  title: 'Components/Icon',
  component: Icon,
  args: { name: 'chat', size: 'm' },
  argTypes: {
    name: { control: 'select', options: iconNames },
    size: { control: 'inline-radio', options: ['s', 'm', 'l', 'inherit'] },
  },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Decorative: hidden from assistive technology, the text beside it carries the meaning. */
export const Decorative: Story = {
  render: (args) => (
    <p style={{ display: 'flex', alignItems: 'center', gap: 8, margin: 0 }}>
      <Icon {...args} /> Chat with us
    </p>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  },
};

/** Meaningful on its own: `role="img"` named by the label. */
export const Labelled: Story = {
  args: { name: 'warning', label: 'Warning', size: 'l' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Warning' })).toBeInTheDocument();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Icon {...args} size="s" />
      <Icon {...args} size="m" />
      <Icon {...args} size="l" />
      <span style={{ fontSize: 32 }}>
        <Icon {...args} size="inherit" /> inherit
      </span>
    </div>
  ),
};

/** Every icon in the set, with its name. */
export const Gallery: Story = {
  render: (args) => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
        gap: 16,
        listStyle: 'none',
        margin: 0,
        padding: 0,
      }}
    >
      {iconNames.map((name) => (
        <li key={name} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Icon name={name} size={args.size} />
          <code>{name}</code>
        </li>
      ))}
    </ul>
  ),
};

/** Icons take the colour of the text around them. */
export const CurrentColor: Story = {
  render: () => (
    <p style={{ color: 'var(--polku-color-text-link)', display: 'flex', alignItems: 'center', gap: 8, margin: 0 }}>
      <Icon name="external-link" /> Same colour as the link text
    </p>
  ),
};
