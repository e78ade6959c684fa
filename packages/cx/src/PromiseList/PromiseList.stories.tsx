import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PromiseList } from './PromiseList';

const meta = {
  title: 'CX/Patterns/PromiseList',
  component: PromiseList,
  args: {
    title: 'Our promises to you',
    promises: [
      { id: 'queue', text: 'Served within 15 minutes at any branch', compensation: '€10', record: { kept: 1180, total: 1204, period: 'October' } },
      { id: 'callback', text: 'We call you back on the same working day', description: 'Requests after 16:00 count from the next working day.', record: { kept: 402, total: 455, period: 'October' } },
      { id: 'decision', text: 'A loan decision within 2 working days', compensation: 'no arrangement fee' },
    ],
  },
} satisfies Meta<typeof PromiseList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(3);
  },
};
export const WithoutRecords: Story = {
  args: { promises: [{ id: 'queue', text: 'Served within 15 minutes at any branch', compensation: '€10' }] },
};
