import { asc, eq, sql } from 'drizzle-orm';
import { jurisdictions } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { lists, listVersions } from './schema.ts';

/** Open data: every place with a published list (city, district, town) and its version in force. */
export async function listPublishedPlaces(db: AppDb) {
  const latest = db
    .select({
      listId: listVersions.listId,
      versionNo: sql<number>`max(${listVersions.versionNo})`.as('version_no'),
    })
    .from(listVersions)
    .groupBy(listVersions.listId)
    .as('latest');
  const rows = await db
    .select({
      code: lists.jurisdictionCode,
      name: jurisdictions.name,
      level: jurisdictions.level,
      districtCode: lists.districtCode,
      title: lists.title,
      version: latest.versionNo,
    })
    .from(lists)
    .innerJoin(latest, eq(latest.listId, lists.id))
    .innerJoin(jurisdictions, eq(jurisdictions.code, lists.jurisdictionCode))
    .orderBy(asc(lists.jurisdictionCode));
  return rows.map((r) => ({ ...r, version: Number(r.version) }));
}
