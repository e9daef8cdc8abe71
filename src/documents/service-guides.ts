import { and, desc, eq } from 'drizzle-orm';
import { missingGuideParts, type ServiceGuide } from '../common/service-guide.ts';
import { administrativeMatters } from '../lists/index.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import { defaultGuide } from './default-texts.ts';
import { fileWithJusticeBureau } from './document-filing-store.ts';
import {
  assertKeepsDocument,
  districtContextFor,
  documentActions,
  documentNotFound,
  itemsInForce,
} from './document-scope.ts';
import { nextVersionNo } from './next-version.ts';
import { guideDrafts, guideVersions } from './schema.ts';

async function matterOf(db: AppDb, districtCode: string, id: string) {
  const [row] = await db
    .select({ matter: administrativeMatters, agencyName: agencies.name })
    .from(administrativeMatters)
    .innerJoin(agencies, eq(agencies.id, administrativeMatters.agencyId))
    .where(and(eq(administrativeMatters.id, id), eq(administrativeMatters.districtCode, districtCode)));
  if (!row) throw documentNotFound();
  return row;
}

/** The default guide of a matter from the list in force: which of its proofs may be committed. */
export async function guideDefault(
  db: AppDb,
  districtCode: string,
  matter: { name: string; kind: string; proofs: string[] },
  agency: string,
) {
  const { items } = await itemsInForce(db, districtCode);
  const listed = items.map((i) => i.item).filter((i) => i.administrativeMatter === matter.name);
  const notListed = matter.proofs.filter((p) => !listed.some((i) => i.name === p));
  return defaultGuide({ ...matter, agency }, listed, notListed);
}

/** DOC-4: a matter's guide as being edited (the draft, else the default) and its published versions. */
export async function getServiceGuide(db: AppDb, actor: Actor, districtCode: string, id: string) {
  await districtContextFor(db, actor, districtCode);
  const { matter, agencyName } = await matterOf(db, districtCode, id);
  const [draft] = await db.select().from(guideDrafts).where(eq(guideDrafts.administrativeMatterId, id));
  const guide = draft?.guide ?? (await guideDefault(db, districtCode, matter, agencyName));
  const versions = await db
    .select({
      id: guideVersions.id,
      versionNo: guideVersions.versionNo,
      publishedAt: guideVersions.publishedAt,
    })
    .from(guideVersions)
    .where(eq(guideVersions.administrativeMatterId, id))
    .orderBy(desc(guideVersions.versionNo));
  return {
    matter,
    agencyName,
    guide,
    revision: draft?.revision ?? 0,
    missing: missingGuideParts(guide),
    versions,
    allowedActions: documentActions(actor, districtCode, matter.agencyId),
  };
}

export async function saveServiceGuide(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  id: string;
  guide: ServiceGuide;
  revision: number;
}) {
  const { database, actor, now, districtCode, id, guide } = options;
  await districtContextFor(database.db, actor, districtCode);
  const { matter } = await matterOf(database.db, districtCode, id);
  assertKeepsDocument(actor, districtCode, matter.agencyId);
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(guideDrafts)
      .where(eq(guideDrafts.administrativeMatterId, id))
      .for('update');
    if ((before?.revision ?? 0) !== options.revision) throw staleVersion();
    const [after] = before
      ? await tx.db
          .update(guideDrafts)
          .set({ guide, revision: before.revision + 1, updatedAt: now })
          .where(eq(guideDrafts.administrativeMatterId, id))
          .returning()
      : await tx.db
          .insert(guideDrafts)
          .values({ administrativeMatterId: id, districtCode, guide, updatedAt: now })
          .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'guide.saved',
      entityType: 'service-guide',
      entityId: id,
      before,
      after,
    });
    return after!;
  });
}

/** DOC-4: publishes the guide (every part stated) as a version, filed with the justice bureau (DOC-5). */
export async function publishServiceGuide(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  id: string;
  revision: number;
}) {
  const { database, actor, now, districtCode, id } = options;
  const current = await getServiceGuide(database.db, actor, districtCode, id);
  assertKeepsDocument(actor, districtCode, current.matter.agencyId);
  if (current.revision !== options.revision) throw staleVersion();
  if (current.missing.length > 0)
    throw new DomainError(
      'VALIDATION',
      `办事指南缺少：${current.missing.join('、')}`,
      `The guide lacks: ${current.missing.join(', ')}`,
      current.missing[0],
      {
        missing: current.missing,
      },
    );
  return database.transaction(async (tx) => {
    const versionNo = await nextVersionNo(tx.db, {
      table: guideVersions,
      versionNo: guideVersions.versionNo,
      of: eq(guideVersions.administrativeMatterId, id),
    });
    const [version] = await tx.db
      .insert(guideVersions)
      .values({
        districtCode,
        administrativeMatterId: id,
        matterName: current.matter.name,
        agencyId: current.matter.agencyId,
        versionNo,
        guide: current.guide,
        publishedAt: now,
        publishedBy: actor.displayName,
      })
      .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'guide.published',
      entityType: 'service-guide-version',
      entityId: version!.id,
      after: version,
    });
    await fileWithJusticeBureau(tx, {
      districtCode,
      subjectType: 'guide',
      subjectId: version!.id,
      title: `${current.guide.title}（第 ${version!.versionNo} 版）`,
      fromName: current.agencyName,
      now,
    });
    return version!;
  });
}
