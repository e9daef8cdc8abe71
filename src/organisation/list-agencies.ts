import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import { withinReachOrAbove } from '../platform/auth/within-reach.ts';
import type { AppDb } from '../platform/db/database.ts';
import { agencies } from './schema.ts';

export type AgencyRow = typeof agencies.$inferSelect;

/** ORG-2: the agencies of the districts the actor reaches, and the upper-level bodies above them. */
export async function listAgencies(
  db: AppDb,
  actor: Actor,
  filter: { districtCode?: string } = {},
): Promise<AgencyRow[]> {
  return db
    .select()
    .from(agencies)
    .where(
      and(
        withinReachOrAbove(actor, agencies),
        filter.districtCode ? eq(agencies.districtCode, filter.districtCode) : undefined,
      ),
    )
    .orderBy(asc(agencies.jurisdictionCode), asc(agencies.name));
}
