import { asc, eq } from 'drizzle-orm';
import { administrativeMatters } from '../lists/index.ts';
import { agencies } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { districtContextFor } from './document-scope.ts';
import { publishedGuides } from './published-documents.ts';
import { guideDrafts } from './schema.ts';

/** DOC-4: every administrative matter of the district with the state of its guide. */
export async function listServiceGuides(db: AppDb, actor: Actor, districtCode: string) {
  await districtContextFor(db, actor, districtCode);
  const matters = await db
    .select({
      id: administrativeMatters.id,
      code: administrativeMatters.code,
      name: administrativeMatters.name,
      agencyId: administrativeMatters.agencyId,
      agency: agencies.name,
    })
    .from(administrativeMatters)
    .innerJoin(agencies, eq(agencies.id, administrativeMatters.agencyId))
    .where(eq(administrativeMatters.districtCode, districtCode))
    .orderBy(asc(administrativeMatters.code));
  const published = new Map(
    (await publishedGuides(db, districtCode)).map((g) => [g.administrativeMatterId, g]),
  );
  const drafts = new Set(
    (
      await db
        .select({ id: guideDrafts.administrativeMatterId })
        .from(guideDrafts)
        .where(eq(guideDrafts.districtCode, districtCode))
    ).map((d) => d.id),
  );
  return matters.map((m) => ({
    ...m,
    version: published.get(m.id)?.version ?? null,
    publishedAt: published.get(m.id)?.publishedAt ?? null,
    hasDraft: drafts.has(m.id),
    mine:
      actor.agencyId === m.agencyId ||
      (actor.role === 'justice-officer' && actor.jurisdictionCode === districtCode),
  }));
}
