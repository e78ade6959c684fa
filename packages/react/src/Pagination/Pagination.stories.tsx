import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination';

const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  args: { totalPages: 10, defaultPage: 1, onPageChange: fn() },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Page 1 of 10' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Page 2 of 10' })).toHaveAttribute('aria-current', 'page');
    await expect(args.onPageChange).toHaveBeenCalledWith(2, expect.anything());
  },
};
export const Middle: Story = { args: { defaultPage: 6, totalPages: 20 } };
export const LastPage: Story = { args: { defaultPage: 10 } };
export const FewPages: Story = { args: { totalPages: 4, defaultPage: 2 } };
export const AsLinks: Story = {
  args: { defaultPage: 3, getHref: (page: number) => `#page-${page}` },
};
