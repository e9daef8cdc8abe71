import { and, desc, eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { partyClaims } from './schema.ts';

export type ClaimRow = typeof partyClaims.$inferSelect;

/** The account's latest claim (pending, or how its last one ended). */
export async function latestClaimOf(db: AppDb, userId: string): Promise<ClaimRow | undefined> {
  const [row] = await db
    .select()
    .from(partyClaims)
    .where(eq(partyClaims.userId, userId))
    .orderBy(desc(partyClaims.createdAt))
    .limit(1);
  return row;
}

/** The account's open claim, locked for the change about to be made to it. */
export async function pendingClaimForUpdate(db: AppDb, userId: string): Promise<ClaimRow | undefined> {
  const [row] = await db
    .select()
    .from(partyClaims)
    .where(and(eq(partyClaims.userId, userId), eq(partyClaims.status, 'pending')))
    .for('update');
  return row;
}
