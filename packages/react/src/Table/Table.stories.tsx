import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Table, type TableColumn } from './Table';

interface Branch {
  id: number;
  name: string;
  city: string;
  opened: number;
  visits: number;
}
const rows: Branch[] = [
  { id: 1, name: 'Keskusta', city: 'Tampere', opened: 1998, visits: 1204 },
  { id: 2, name: 'Albertinkatu', city: 'Helsinki', opened: 2011, visits: 452 },
  { id: 3, name: 'Kauppatori', city: 'Turku', opened: 1987, visits: 873 },
  { id: 4, name: 'Rantakatu', city: 'Oulu', opened: 2004, visits: 96 },
];
const columns: TableColumn<Branch>[] = [
  { key: 'name', header: 'Branch', sortable: true, rowHeader: true },
  { key: 'city', header: 'City', sortable: true },
  { key: 'opened', header: 'Opened', align: 'end' },
  { key: 'visits', header: 'Visits per week', sortable: true, align: 'end' },
];

const meta = {
  title: 'Components/Table',
  component: Table,
  args: { caption: 'Branches and weekly visits', columns, rows, getRowKey: (row: Branch) => row.id },
} satisfies Meta<typeof Table<Branch>>;

export default meta;
type Story = StoryObj<Meta<typeof Table<Branch>>>;

export const Sortable: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    // where the table is wider than the screen (the 320 px run), its scroll region takes focus first
    if (document.activeElement?.getAttribute('role') === 'region') await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Branch' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: 'Branch' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(canvas.getByRole('status')).toHaveTextContent('Sorted by Branch, ascending');
  },
};
export const InitiallySorted: Story = { args: { defaultSort: { key: 'visits', direction: 'descending' } } };
export const Static: Story = {
  args: { columns: columns.map((column) => ({ ...column, sortable: false })) },
};
export const NarrowScrolling: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 280 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole('region', { name: 'Branches and weekly visits' });
    await userEvent.tab();
    await expect(region).toHaveFocus();
  },
};
