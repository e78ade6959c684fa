import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { iconNames } from '../Icon';
import { IconButton } from './IconButton';

const meta = {
  title: 'Components/IconButton',
  component: IconButton,
  args: { label: 'Close', icon: 'close', onClick: fn() },
  argTypes: {
    icon: { control: 'select', options: iconNames },
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
  },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Tertiary: Story = {
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Close' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await expect(args.onClick).toHaveBeenCalledTimes(2);
  },
};
export const Primary: Story = { args: { variant: 'primary', label: 'Add to favourites', icon: 'star' } };
export const Secondary: Story = { args: { variant: 'secondary', label: 'Search', icon: 'search' } };
export const Danger: Story = { args: { variant: 'danger', label: 'Remove attachment', icon: 'minus' } };
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <IconButton {...args} size="s" label="Close, small" />
      <IconButton {...args} size="m" label="Close, medium" />
      <IconButton {...args} size="l" label="Close, large" />
    </div>
  ),
};
export const Disabled: Story = { args: { disabled: true, variant: 'secondary' } };
/** A toggle: `aria-pressed` passes through. */
export const Toggle: Story = { args: { label: 'Favourite', icon: 'star', 'aria-pressed': true, variant: 'secondary' } };
