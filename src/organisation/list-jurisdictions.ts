import { asc } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import { onActorsBranch } from '../platform/auth/within-reach.ts';
import type { AppDb } from '../platform/db/database.ts';
import { jurisdictions } from './schema.ts';

export type JurisdictionRow = typeof jurisdictions.$inferSelect;

/** ORG-1: the tree as far as the actor reaches: what lies above their jurisdiction and within it. */
export async function listJurisdictions(db: AppDb, actor: Actor): Promise<JurisdictionRow[]> {
  return db
    .select()
    .from(jurisdictions)
    .where(onActorsBranch(actor, jurisdictions.code))
    .orderBy(asc(jurisdictions.code));
}
