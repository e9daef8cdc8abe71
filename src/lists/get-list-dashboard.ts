import { eq } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import { levelOf } from '../platform/auth/jurisdiction-codes.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { listCoverage } from './coverage.ts';
import { findList, latestVersion, listNotFound } from './list-store.ts';
import { certificationMatters } from './schema.ts';

/** LIST-2: the district dashboard over its catalogue and the list version in force. */
export async function getListDashboard(db: AppDb, actor: Actor, districtCode: string) {
  if (levelOf(districtCode) !== 'county') throw listNotFound();
  assertDistrictAccess(actor, districtCode);
  const matters = await db
    .select()
    .from(certificationMatters)
    .where(eq(certificationMatters.districtCode, districtCode));
  const list = await findList(db, districtCode);
  const version = list ? await latestVersion(db, list.id) : undefined;
  return {
    districtCode,
    versionNo: version?.versionNo ?? null,
    publishedOn: version?.publishedOn ?? null,
    itemCount: version?.items.length ?? 0,
    catalogueSize: matters.length,
    ...listCoverage(matters, version?.items ?? []),
  };
}
