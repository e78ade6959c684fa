/** The little a store needs from a PostgreSQL client: PGlite and `pg` both provide it, so both run the same SQL. */
export interface SqlQueryable {
  /** Runs one statement with `$1…` parameters. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface SqlDriver extends SqlQueryable {
  /** Runs `work` in one transaction on one connection (committed when it resolves, rolled back when it throws). */
  transaction<T>(work: (tx: SqlQueryable & { exec(sql: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
