import { desc, eq } from 'drizzle-orm';
import { missingRuleSections, type WorkRule, workRuleSections } from '../common/work-rule.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { parentOf } from '../platform/auth/jurisdiction-codes.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, forbidden, staleVersion } from '../platform/errors.ts';
import { fileWithJusticeBureau } from './document-filing-store.ts';
import { districtContextFor, documentActions } from './document-scope.ts';
import { nextVersionNo } from './next-version.ts';
import { workRuleDrafts, workRuleVersions } from './schema.ts';

const emptyRule = (districtName: string): WorkRule => ({
  title: `${districtName}证明事项告知承诺制通用性工作规程`,
  ...(Object.fromEntries(Object.keys(workRuleSections).map((k) => [k, ''])) as Omit<WorkRule, 'title'>),
});

export const latestWorkRule = async (db: AppDb, districtCode: string) =>
  (
    await db
      .select()
      .from(workRuleVersions)
      .where(eq(workRuleVersions.districtCode, districtCode))
      .orderBy(desc(workRuleVersions.versionNo))
      .limit(1)
  )[0];

/** DOC-1: the rule as being edited (the draft, else the version in force, else empty sections). */
export async function getWorkRule(db: AppDb, actor: Actor, districtCode: string) {
  const district = await districtContextFor(db, actor, districtCode);
  const [draft] = await db.select().from(workRuleDrafts).where(eq(workRuleDrafts.districtCode, districtCode));
  const published = await latestWorkRule(db, districtCode);
  const rule = draft?.rule ?? published?.rule ?? emptyRule(district.districtName);
  return {
    rule,
    revision: draft?.revision ?? 0,
    published: published ?? null,
    missing: missingRuleSections(rule),
    allowedActions: documentActions(actor, districtCode, null),
  };
}

const bureauName = async (db: AppDb, actor: Actor) =>
  actor.agencyId
    ? (await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)))[0]
        ?.name
    : undefined;

const assertKeepsRule = (actor: Actor, districtCode: string) => {
  if (actor.role !== 'justice-officer' || actor.jurisdictionCode !== districtCode) throw forbidden();
};

export async function saveWorkRule(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  rule: WorkRule;
  revision: number;
}) {
  const { database, actor, now, districtCode, rule } = options;
  await districtContextFor(database.db, actor, districtCode);
  assertKeepsRule(actor, districtCode);
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(workRuleDrafts)
      .where(eq(workRuleDrafts.districtCode, districtCode))
      .for('update');
    if ((before?.revision ?? 0) !== options.revision) throw staleVersion();
    const [after] = before
      ? await tx.db
          .update(workRuleDrafts)
          .set({ rule, revision: before.revision + 1, updatedAt: now })
          .where(eq(workRuleDrafts.districtCode, districtCode))
          .returning()
      : await tx.db.insert(workRuleDrafts).values({ districtCode, rule, updatedAt: now }).returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'work-rule.saved',
      entityType: 'work-rule',
      entityId: districtCode,
      before,
      after,
    });
    return after!;
  });
}

/** DOC-1: publishes the rule as a version (every section stated), filed with the level above (DOC-5). */
export async function publishWorkRule(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  revision: number;
}) {
  const { database, actor, now, districtCode } = options;
  const current = await getWorkRule(database.db, actor, districtCode);
  assertKeepsRule(actor, districtCode);
  if (current.revision !== options.revision) throw staleVersion();
  if (current.missing.length > 0)
    throw new DomainError(
      'VALIDATION',
      `工作规程缺少：${current.missing.map((s) => workRuleSections[s].zh).join('、')}`,
      `The work rule lacks: ${current.missing.map((s) => workRuleSections[s].en).join(', ')}`,
      current.missing[0],
      { missing: current.missing },
    );
  return database.transaction(async (tx) => {
    const versionNo = await nextVersionNo(tx.db, {
      table: workRuleVersions,
      versionNo: workRuleVersions.versionNo,
      of: eq(workRuleVersions.districtCode, districtCode),
    });
    const [version] = await tx.db
      .insert(workRuleVersions)
      .values({
        districtCode,
        versionNo,
        rule: current.rule,
        publishedAt: now,
        publishedBy: actor.displayName,
      })
      .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'work-rule.published',
      entityType: 'work-rule-version',
      entityId: version!.id,
      after: version,
    });
    await fileWithJusticeBureau(tx, {
      districtCode,
      subjectType: 'work-rule',
      subjectId: version!.id,
      title: `${current.rule.title}（第 ${version!.versionNo} 版）`,
      // Filed by the bureau, not by the officer who clicked (as texts and guides are by their agency).
      fromName: (await bureauName(tx.db, actor)) ?? actor.displayName,
      to: parentOf(districtCode),
      now,
    });
    return version!;
  });
}
