import { asc } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { agencies } from './schema.ts';
import { canSeeAgency } from './scope.ts';

export type AgencyRow = typeof agencies.$inferSelect;

/** ORG-2: the agencies of the districts the actor reaches, and the upper-level bodies above them. */
export async function listAgencies(
  db: AppDb,
  actor: Actor,
  filter: { districtCode?: string } = {},
): Promise<AgencyRow[]> {
  const rows = await db.select().from(agencies).orderBy(asc(agencies.jurisdictionCode), asc(agencies.name));
  return rows.filter(
    (a) => canSeeAgency(actor, a) && (!filter.districtCode || a.districtCode === filter.districtCode),
  );
}
