import { createRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureConsole, expectAccessibleServerRender, expectNoAxeViolations } from '@polku/test-utils';
import { resetDevMessages } from '../internal';
import { PolkuProvider } from '../PolkuProvider';
import { Table, type TableColumn, type TableSort } from './Table';

interface Branch {
  id: number;
  name: string;
  city: string;
  visits: number;
}
const rows: Branch[] = [
  { id: 1, name: 'Keskusta', city: 'Tampere', visits: 120 },
  { id: 2, name: 'Äänekoski', city: 'Äänekoski', visits: 9 },
  { id: 3, name: 'Albertinkatu', city: 'Helsinki', visits: 45 },
];
const columns: TableColumn<Branch>[] = [
  { key: 'name', header: 'Branch', sortable: true, rowHeader: true },
  { key: 'city', header: 'City' },
  { key: 'visits', header: 'Visits', sortable: true, align: 'end' },
];

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Table', () => {
  beforeEach(() => resetDevMessages());
  afterEach(() => vi.restoreAllMocks());

  it('has a caption naming the table and scope on header cells', () => {
    render(<Table caption="Branches" columns={columns} rows={rows} getRowKey={(row) => row.id} />);
    expect(screen.getByRole('table', { name: 'Branches' })).toBeInTheDocument();
    for (const header of screen.getAllByRole('columnheader')) expect(header).toHaveAttribute('scope', 'col');
    for (const header of screen.getAllByRole('rowheader')) expect(header).toHaveAttribute('scope', 'row');
    expect(screen.getByRole('columnheader', { name: 'City' })).not.toHaveAttribute('aria-sort');
  });

  it('sorts with buttons in headers (Enter and Space), sets aria-sort on the th and announces the state', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<Table caption="Branches" columns={columns} rows={rows} onSortChange={onSortChange} />);
    await user.tab();
    const sortByName = screen.getByRole('button', { name: 'Branch' });
    expect(sortByName).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: 'Branch' })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Äänekoski', 'Albertinkatu', 'Keskusta'].sort((a, b) => a.localeCompare(b, 'en')));
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Branch, ascending');
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: 'Branch' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Branch, descending');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: 'Branch' })).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('columnheader', { name: 'Visits' })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Äänekoski', 'Albertinkatu', 'Keskusta']);
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'visits', direction: 'ascending' });
  });

  it('sorts by the locale: Finnish puts Ä after Z', async () => {
    const user = userEvent.setup();
    render(
      <PolkuProvider locale="fi">
        <Table caption="Konttorit" columns={columns} rows={rows} />
      </PolkuProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Branch' }));
    expect(firstColumn()).toEqual(['Albertinkatu', 'Keskusta', 'Äänekoski']);
    expect(screen.getByRole('status')).toHaveTextContent('Lajiteltu sarakkeen Branch mukaan, nousevaan järjestykseen');
  });

  it('works controlled: shows the given rows and sort state', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [sort, setSort] = useState<TableSort>({ key: 'visits', direction: 'descending' });
      return <Table caption="Branches" columns={columns} rows={rows} sort={sort} onSortChange={setSort} />;
    }
    render(<Controlled />);
    expect(screen.getByRole('columnheader', { name: 'Visits' })).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Keskusta', 'Äänekoski', 'Albertinkatu']);
    await user.click(screen.getByRole('button', { name: 'Visits' }));
    expect(screen.getByRole('columnheader', { name: 'Visits' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('makes the scroll container a focusable region labelled by the caption only when it overflows', async () => {
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
    const user = userEvent.setup();
    render(<Table caption="Branches" columns={columns} rows={rows} />);
    const region = screen.getByRole('region', { name: 'Branches' });
    expect(region).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(region).toHaveFocus();
  });

  it('is not a region and not focusable when it fits', () => {
    const { container } = render(<Table caption="Branches" columns={columns} rows={rows} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(container.firstElementChild).not.toHaveAttribute('tabindex');
  });

  it('forwards the ref and passes className through', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<Table ref={ref} caption="Branches" columns={columns} rows={rows} className="mine" />);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('mine');
  });

  it('reports a missing caption and warns on an unknown alignment', () => {
    const console = captureConsole();
    try {
      // @ts-expect-error: caption is required; align must be start or end
      render(<Table columns={[{ key: 'name', header: 'Name', align: 'center' }]} rows={rows} />);
      expect(console.errors().join('\n')).toMatch(/Table: the "caption" prop is required/);
      expect(console.warnings().join('\n')).toMatch(/Table: unknown align "center"/);
    } finally {
      console.restore();
    }
  });

  it('has no axe violations, sorted and scrollable', async () => {
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
    render(<Table caption="Branches" columns={columns} rows={rows} defaultSort={{ key: 'name', direction: 'ascending' }} />);
    await expectNoAxeViolations();
  });

  it('server-renders accessible HTML', async () => {
    const { html } = await expectAccessibleServerRender(
      <Table caption="Branches" columns={columns} rows={rows} defaultSort={{ key: 'visits', direction: 'descending' }} />,
    );
    expect(html).toContain('<caption');
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('scope="col"');
  });
});
