import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { AppDb, Database, RawSql } from './database.ts';

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

export async function openPostgres(options: { url: string; maxConnections?: number }): Promise<Database> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  await pool.query('select 1');
  const db = drizzle({ client: pool }) as unknown as AppDb;
  return {
    kind: 'postgres',
    db,
    sql: rawSql(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ db: drizzle({ client }) as unknown as AppDb, sql: rawSql(client) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
