import { max, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AppDb } from '../platform/db/database.ts';

/**
 * The number a new published version takes: one past the highest so far (1 for the first). Two
 * publications at once meet at the table's unique version index; the later one gets 409.
 */
export async function nextVersionNo(
  db: AppDb,
  versions: { table: PgTable; versionNo: PgColumn; of: SQL | undefined },
): Promise<number> {
  const [last] = await db
    .select({ n: max(versions.versionNo) })
    .from(versions.table)
    .where(versions.of);
  return Number(last?.n ?? 0) + 1;
}
