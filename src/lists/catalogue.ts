import { asc, eq } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { administrativeMatters, certificationMatters } from './schema.ts';

/** LIST-1: a district's certification matters and the administrative matters that require them. */
export async function getCatalogue(db: AppDb, actor: Actor, districtCode: string) {
  assertDistrictAccess(actor, districtCode);
  const matters = await db
    .select()
    .from(certificationMatters)
    .where(eq(certificationMatters.districtCode, districtCode))
    .orderBy(asc(certificationMatters.name));
  const administrative = await db
    .select({ matter: administrativeMatters, agencyName: agencies.name })
    .from(administrativeMatters)
    .innerJoin(agencies, eq(agencies.id, administrativeMatters.agencyId))
    .where(eq(administrativeMatters.districtCode, districtCode))
    .orderBy(asc(administrativeMatters.code));
  return {
    certificationMatters: matters,
    administrativeMatters: administrative.map((a) => ({ ...a.matter, agencyName: a.agencyName })),
  };
}
