import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { AppDb, Database, RawSql } from './database.ts';
import { databaseUnavailable, sessionEndedByServer } from './database-errors.ts';

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
 * A pool whose single statements outlive a session the server ended while it sat idle in the pool
 * (the client learns of the end only when it next speaks): such a statement never ran, so it is sent
 * once more on a new connection instead of failing the request.
 */
class ResilientPool extends pg.Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg.Pool.query is a set of overloads (callbacks, configs)
  override query(...args: any[]): any {
    const callback = args.some((arg) => typeof arg === 'function');
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const send = () => (super.query as (...a: any[]) => any).apply(this, args);
    if (callback) return send();
    // Every idle connection may have been ended at once (a restart): each try drops one.
    const retry = (triesLeft: number) =>
      send().catch((error: unknown) => {
        if (triesLeft > 0 && sessionEndedByServer(error)) return retry(triesLeft - 1);
        throw error;
      });
    return retry(this.options.max);
  }
}

/**
 * A pool that survives its server: a connection cut while idle or in use (a restart, a terminated
 * backend) fails only the statement in flight — which the HTTP layer answers 503 with Retry-After —
 * and is dropped; the next request opens a new one.
 */
export async function openPostgres(options: { url: string; maxConnections?: number }): Promise<Database> {
  const pool = new ResilientPool({
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
      const client = await begin(pool);
      let result: Awaited<ReturnType<typeof work>>;
      try {
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

/** A client in an open transaction; connections found dead at BEGIN, before anything ran, are replaced. */
async function begin(pool: pg.Pool, triesLeft = pool.options.max): Promise<pg.PoolClient> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    return client;
  } catch (error) {
    const broken = databaseUnavailable(error);
    client.release(broken ? (error as Error) : undefined);
    if (broken && triesLeft > 0) return begin(pool, triesLeft - 1);
    throw error;
  }
}
