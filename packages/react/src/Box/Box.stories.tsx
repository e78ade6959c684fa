import type { Meta, StoryObj } from '@storybook/react-vite';
import { Box } from './Box';

const meta = {
  title: 'Components/Box',
  component: Box,
  args: { padding: 5, background: 'raised', border: 'default', radius: 'm', children: 'Content in a box' },
  argTypes: {
    padding: { control: 'select', options: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    background: { control: 'inline-radio', options: ['none', 'default', 'subtle', 'raised'] },
    border: { control: 'inline-radio', options: ['none', 'subtle', 'default', 'strong'] },
    radius: { control: 'inline-radio', options: ['none', 's', 'm', 'l'] },
    shadow: { control: 'inline-radio', options: ['none', 's', 'm', 'l'] },
  },
} satisfies Meta<typeof Box>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Subtle: Story = { args: { background: 'subtle', border: 'none', radius: 's' } };
export const Elevated: Story = { args: { shadow: 'm', border: 'subtle', radius: 'l' } };
export const StrongBorder: Story = { args: { border: 'strong', background: 'default' } };
export const AsymmetricPadding: Story = { args: { padding: undefined, paddingBlock: 2, paddingInline: 6 } };
