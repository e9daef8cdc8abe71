import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { AppDb, Database, RawSql } from './database.ts';

function rawSql(client: PGlite | Transaction): RawSql {
  return {
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await client.query<Row>(text, params);
      return { rows: result.rows };
    },
    exec: async <Row>(text: string) => {
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Row[] };
    },
  };
}

/** Opens the embedded database; `dataDir` undefined means in memory, `image` a dump to start from. */
export interface EmbeddedDatabase extends Database {
  /** A copy of the whole data folder, from which tests start fresh databases in a second. */
  dumpImage(compression?: 'none' | 'gzip'): Promise<Blob>;
}

export async function openPglite(options: { dataDir?: string; image?: Blob }): Promise<EmbeddedDatabase> {
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.image });
  const db = drizzle({ client }) as unknown as AppDb;
  return {
    kind: 'pglite',
    db,
    sql: rawSql(client),
    // PGlite runs one transaction at a time; other callers wait until it ends.
    transaction: (work) =>
      client.transaction((t) =>
        work({ db: drizzle({ client: t as unknown as PGlite }) as unknown as AppDb, sql: rawSql(t) }),
      ),
    close: () => client.close(),
    dumpImage: (compression = 'none') => client.dumpDataDir(compression) as Promise<Blob>,
  };
}
