import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ForwardedRef,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';
import { Icon } from '../Icon';
import { oneOf, requireText } from '../internal';
import { useLocale, useMessages } from '../PolkuProvider/context';
import { VisuallyHidden } from '../VisuallyHidden';
import { tableMessages } from './Table.messages';
import { SortButton, StyledCaption, StyledTable, TableScroller } from './Table.styles';

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  /** Key of the sorted column. */
  key: string;
  direction: SortDirection;
}
const alignments = ['start', 'end'] as const;

export interface TableColumn<Row> {
  /** Unique key; also the default property read from each row. */
  key: string;
  /** Header content. */
  header: ReactNode;
  /** Plain-text name of the column for announcements, needed when `header` is not a string. */
  label?: string;
  /** Cell content; defaults to `row[key]`. */
  cell?: (row: Row) => ReactNode;
  /** Makes the header a sort button. */
  sortable?: boolean;
  /** Value used to sort; defaults to `row[key]`. Numbers sort numerically, strings by the locale. */
  sortValue?: (row: Row) => string | number | null | undefined;
  /** `end` for numbers and amounts. Default `start`. */
  align?: 'start' | 'end';
  /** Cells of this column are row headers (`th scope="row"`), e.g. a name column. */
  rowHeader?: boolean;
}

export interface TableOwnProps<Row> {
  /** Required visible caption: it names the table (and its scroll region). */
  caption: ReactNode;
  /** Columns in order. */
  columns: readonly TableColumn<Row>[];
  /** Rows of data. */
  rows: readonly Row[];
  /** Stable key of a row; defaults to its index. */
  getRowKey?: (row: Row, index: number) => string | number;
  /** Sort state (controlled). Use with `onSortChange`; the rows are then expected to be sorted by you. */
  sort?: TableSort | null;
  /** Initial sort (uncontrolled); the table sorts the rows itself. */
  defaultSort?: TableSort;
  /** Called when a sort button is pressed, with the new sort. */
  onSortChange?: (sort: TableSort) => void;
}

export type TableProps<Row> = TableOwnProps<Row> &
  Omit<HTMLAttributes<HTMLDivElement>, keyof TableOwnProps<Row> | 'children'>;

function valueOf<Row>(row: Row, column: TableColumn<Row>): unknown {
  return column.sortValue ? column.sortValue(row) : (row as Record<string, unknown>)[column.key];
}

function sortRows<Row>(rows: readonly Row[], column: TableColumn<Row>, direction: SortDirection, locale: string): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const factor = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, column);
    const y = valueOf(b, column);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * factor;
    return collator.compare(String(x), String(y)) * factor;
  });
}

/** Keeps `scrollable` true while the content is wider than the container, so the container becomes a focusable region. */
function useOverflow(ref: React.RefObject<HTMLDivElement | null>): boolean {
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const check = () => setScrollable(element.scrollWidth > element.clientWidth);
    check();
    window.addEventListener('resize', check);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      window.removeEventListener('resize', check);
      observer?.disconnect();
    };
  }, [ref]);
  return scrollable;
}

function TableInner<Row>(props: TableProps<Row>, ref: ForwardedRef<HTMLDivElement>) {
  const { caption, columns, rows, getRowKey, sort, defaultSort, onSortChange, ...rest } = props;
  requireText('Table', 'caption', caption);
  const t = useMessages(tableMessages);
  const locale = useLocale();
  const captionId = `${useId()}-caption`;
  const [uncontrolledSort, setUncontrolledSort] = useState<TableSort | null>(defaultSort ?? null);
  const controlled = sort !== undefined;
  const activeSort = controlled ? sort : uncontrolledSort;
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const scrollable = useOverflow(scrollerRef);
  const [announcement, setAnnouncement] = useState('');

  const sortedColumn = columns.find((column) => column.key === activeSort?.key);
  const shownRows = useMemo(
    () =>
      !controlled && activeSort && sortedColumn
        ? sortRows(rows, sortedColumn, activeSort.direction, locale)
        : rows,
    [controlled, activeSort, sortedColumn, rows, locale],
  );

  const requestSort = (column: TableColumn<Row>) => {
    const direction: SortDirection =
      activeSort?.key === column.key && activeSort.direction === 'ascending' ? 'descending' : 'ascending';
    const next = { key: column.key, direction };
    if (!controlled) setUncontrolledSort(next);
    onSortChange?.(next);
    const name = column.label ?? (typeof column.header === 'string' ? column.header : column.key);
    setAnnouncement(t(direction === 'ascending' ? 'table.sorted.ascending' : 'table.sorted.descending', { column: name }));
  };

  return (
    <>
      <TableScroller
        {...rest}
        ref={(element: HTMLDivElement | null) => {
          scrollerRef.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        role={scrollable ? 'region' : undefined}
        aria-labelledby={scrollable ? captionId : undefined}
        tabIndex={scrollable ? 0 : undefined}
        data-scrollable={scrollable ? '' : undefined}
      >
        <StyledTable>
          <StyledCaption id={captionId}>{caption}</StyledCaption>
          <thead>
            <tr>
              {columns.map((column) => {
                const align = oneOf('Table', 'align', column.align, alignments, 'start');
                const direction = activeSort?.key === column.key ? activeSort.direction : undefined;
                return (
                  <th key={column.key} scope="col" aria-sort={column.sortable ? direction : undefined} data-align={align}>
                    {column.sortable ? (
                      <SortButton type="button" onClick={() => requestSort(column)} data-direction={direction}>
                        {column.header}
                        <Icon name={direction === 'descending' ? 'chevron-down' : 'chevron-up'} size="s" />
                      </SortButton>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, index) => (
              <tr key={getRowKey ? getRowKey(row, index) : index}>
                {columns.map((column) => {
                  const content = column.cell ? column.cell(row) : ((row as Record<string, unknown>)[column.key] as ReactNode);
                  const align = column.align === 'end' ? 'end' : 'start';
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" data-align={align}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.key} data-align={align}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </StyledTable>
      </TableScroller>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </>
  );
}

/**
 * A data table: required caption, `scope` on header cells, sortable columns as buttons with `aria-sort`, and a
 * scroll container that becomes a focusable, labelled region only when the table is wider than the screen.
 */
export const Table = forwardRef(TableInner) as <Row>(
  props: TableProps<Row> & { ref?: ForwardedRef<HTMLDivElement> },
) => ReactElement;
