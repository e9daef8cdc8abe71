import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Drizzle query builder over either driver; the relational query API is not used. */
export type AppDb = PgDatabase<PgQueryResultHKT>;

/** Plain SQL on the same connection, for tools that bring their own SQL (pg-boss, migrations). */
export interface RawSql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs SQL without parameters, possibly several statements; answers the last one's rows. */
  exec<Row = Record<string, unknown>>(text: string): Promise<{ rows: Row[] }>;
}

/** A transaction: every statement of a change goes through these handles, never the top-level ones. */
export interface Tx {
  db: AppDb;
  sql: RawSql;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: AppDb;
  sql: RawSql;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
