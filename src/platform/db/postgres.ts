import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { AppDb, Database, RawSql } from './database.ts';
import { databaseUnavailable } from './database-errors.ts';

// Dates and timestamps: keep `date` as 'YYYY-MM-DD' text, as PGlite gives it through drizzle.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

function rawSql(client: pg.Pool | pg.PoolClient): RawSql {
  return {
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await client.query(text, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
    exec: async <Row>(text: string) => {
      const result = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as Row[] };
    },
  };
}

/** Connection names the platform's sessions carry on the server (pg_stat_activity.application_name). */
export const APPLICATION_NAME = 'chengnuo';

/**
 * A pool that survives its server: a connection cut while idle or in use (a restart, a terminated
 * backend) fails only the statement in flight — which the HTTP layer answers 503 with Retry-After —
 * and is dropped; the next request opens a new one.
 */
export async function openPostgres(options: { url: string; maxConnections?: number }): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    application_name: APPLICATION_NAME,
    // A server that is down fails a request in seconds instead of holding it.
    connectionTimeoutMillis: 5000,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool has dropped it and opens another on next use.
  });
  pool.on('connect', (client) => {
    // pg emits 'error' on a client whose connection dies even while it is checked out; the statement
    // in flight is rejected with the error, so nothing is lost by listening here, and without a
    // listener the process would end.
    client.on('error', () => {});
  });
  await pool.query('select 1');
  const db = drizzle({ client: pool }) as unknown as AppDb;
  return {
    kind: 'postgres',
    db,
    sql: rawSql(pool),
    async transaction(work) {
      const client = await pool.connect();
      let result: Awaited<ReturnType<typeof work>>;
      try {
        await client.query('BEGIN');
        result = await work({ db: drizzle({ client }) as unknown as AppDb, sql: rawSql(client) });
        await client.query('COMMIT');
      } catch (error) {
        const broken = databaseUnavailable(error);
        if (!broken) await client.query('ROLLBACK').catch(() => undefined);
        // A broken connection is destroyed, not returned to the pool.
        client.release(broken ? (error as Error) : undefined);
        throw error;
      }
      client.release();
      return result;
    },
    close: () => pool.end(),
  };
}
