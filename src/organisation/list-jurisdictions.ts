import { asc } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import type { AppDb } from '../platform/db/database.ts';
import { jurisdictions } from './schema.ts';

export type JurisdictionRow = typeof jurisdictions.$inferSelect;

/** ORG-1: the tree as far as the actor reaches: what lies above their jurisdiction and within it. */
export async function listJurisdictions(db: AppDb, actor: Actor): Promise<JurisdictionRow[]> {
  const rows = await db.select().from(jurisdictions).orderBy(asc(jurisdictions.code));
  return rows.filter(
    (j) => contains(j.code, actor.jurisdictionCode) || contains(actor.jurisdictionCode, j.code),
  );
}
