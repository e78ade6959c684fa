export { Table } from './Table';
export type { TableProps, TableColumn, TableSort, SortDirection } from './Table';
