import { and, desc, eq } from 'drizzle-orm';
import { type FormatText, missingElements, type TextKind } from '../common/text-elements.ts';
import { closeDeadline } from '../inbox/index.ts';
import type { ListItem } from '../lists/index.ts';
import { textDeadlineKey } from '../lists/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import { defaultCommitment, defaultNotice } from './default-texts.ts';
import { fileWithJusticeBureau } from './document-filing-store.ts';
import {
  assertKeepsDocument,
  districtContextFor,
  documentActions,
  documentNotFound,
  itemsInForce,
} from './document-scope.ts';
import { nextVersionNo } from './next-version.ts';
import { formatTextDrafts, formatTextVersions } from './schema.ts';
import { latestWorkRule } from './work-rules.ts';

async function itemOf(db: AppDb, districtCode: string, itemKey: string) {
  const { items } = await itemsInForce(db, districtCode);
  const found = items.find((i) => i.item.key === itemKey);
  if (!found) throw documentNotFound();
  return found;
}

export const defaultText = (kind: TextKind, item: ListItem, district: Parameters<typeof defaultNotice>[1]) =>
  kind === 'notice' ? defaultNotice(item, district) : defaultCommitment(item, district);

/** DOC-2: an item's text as being edited: its saved draft, or the district default made from the item. */
export async function getFormatText(
  db: AppDb,
  actor: Actor,
  districtCode: string,
  itemKey: string,
  kind: TextKind,
) {
  const district = {
    ...(await districtContextFor(db, actor, districtCode)),
    workRuleTitle: (await latestWorkRule(db, districtCode))?.rule.title,
  };
  const { item, agencyId } = await itemOf(db, districtCode, itemKey);
  const [draft] = await db
    .select()
    .from(formatTextDrafts)
    .where(
      and(
        eq(formatTextDrafts.districtCode, districtCode),
        eq(formatTextDrafts.itemKey, itemKey),
        eq(formatTextDrafts.kind, kind),
      ),
    );
  const versions = await db
    .select({
      id: formatTextVersions.id,
      versionNo: formatTextVersions.versionNo,
      publishedAt: formatTextVersions.publishedAt,
      publishedBy: formatTextVersions.publishedBy,
    })
    .from(formatTextVersions)
    .where(
      and(
        eq(formatTextVersions.districtCode, districtCode),
        eq(formatTextVersions.itemKey, itemKey),
        eq(formatTextVersions.kind, kind),
      ),
    )
    .orderBy(desc(formatTextVersions.versionNo));
  const text = draft?.text ?? defaultText(kind, item, district);
  return {
    item,
    agencyId,
    kind,
    text,
    revision: draft?.revision ?? 0,
    isDefault: !draft,
    missing: missingElements(kind, text),
    versions,
    allowedActions: documentActions(actor, districtCode, agencyId),
  };
}

/** Saves a draft read at `revision` (0: the default, never saved); a save over a newer one is refused. */
export async function saveFormatText(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  itemKey: string;
  kind: TextKind;
  text: FormatText;
  revision: number;
}) {
  const { database, actor, now, districtCode, itemKey, kind } = options;
  await districtContextFor(database.db, actor, districtCode);
  const { agencyId } = await itemOf(database.db, districtCode, itemKey);
  assertKeepsDocument(actor, districtCode, agencyId);
  return database.transaction(async (tx) => {
    const where = and(
      eq(formatTextDrafts.districtCode, districtCode),
      eq(formatTextDrafts.itemKey, itemKey),
      eq(formatTextDrafts.kind, kind),
    );
    const [before] = await tx.db.select().from(formatTextDrafts).where(where).for('update');
    if ((before?.revision ?? 0) !== options.revision) throw staleVersion();
    const [after] = before
      ? await tx.db
          .update(formatTextDrafts)
          .set({ text: options.text, revision: before.revision + 1, updatedAt: now })
          .where(where)
          .returning()
      : await tx.db
          .insert(formatTextDrafts)
          .values({ districtCode, itemKey, kind, text: options.text, updatedAt: now })
          .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'format-text.saved',
      entityType: 'format-text',
      entityId: after!.id,
      before,
      after,
    });
    return after!;
  });
}

/**
 * DOC-2: publishes the draft (or the default) as the next version, refused while any required element
 * is missing (each named); it is filed with the justice bureau (DOC-5) and, once both texts of the
 * item are out, the item's publication clock stops (DOC-3).
 */
export async function publishFormatText(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  itemKey: string;
  kind: TextKind;
  revision: number;
}) {
  const { database, actor, now, districtCode, itemKey, kind } = options;
  const current = await getFormatText(database.db, actor, districtCode, itemKey, kind);
  assertKeepsDocument(actor, districtCode, current.agencyId);
  if (current.revision !== options.revision) throw staleVersion();
  if (current.missing.length > 0)
    throw new DomainError(
      'VALIDATION',
      `文本缺少必备内容：${current.missing.map((m) => m.zh).join('；')}`,
      `The text lacks required elements: ${current.missing.map((m) => m.en).join('; ')}`,
      'sections',
      { missing: current.missing },
    );
  return database.transaction(async (tx) => {
    const versionWhere = and(
      eq(formatTextVersions.districtCode, districtCode),
      eq(formatTextVersions.itemKey, itemKey),
      eq(formatTextVersions.kind, kind),
    );
    const versionNo = await nextVersionNo(tx.db, {
      table: formatTextVersions,
      versionNo: formatTextVersions.versionNo,
      of: versionWhere,
    });
    const [version] = await tx.db
      .insert(formatTextVersions)
      .values({
        districtCode,
        itemKey,
        kind,
        versionNo,
        itemName: current.item.name,
        administrativeMatter: current.item.administrativeMatter,
        agencyId: current.agencyId,
        text: current.text,
        publishedAt: now,
        publishedBy: actor.displayName,
      })
      .returning();
    const audit = actorOf(actor);
    await recordAudit(tx, {
      chain: districtCode,
      actor: audit,
      at: now,
      action: 'format-text.published',
      entityType: 'format-text-version',
      entityId: version!.id,
      after: version,
    });
    await fileWithJusticeBureau(tx, {
      districtCode,
      subjectType: 'format-text',
      subjectId: version!.id,
      title: `${current.item.name}（${current.item.administrativeMatter}）${kind === 'notice' ? '告知书' : '承诺书'}第 ${version!.versionNo} 版`,
      fromName: current.item.handlingAgency,
      now,
    });
    const kinds = await tx.db
      .selectDistinct({ kind: formatTextVersions.kind })
      .from(formatTextVersions)
      .where(and(eq(formatTextVersions.districtCode, districtCode), eq(formatTextVersions.itemKey, itemKey)));
    if (kinds.length === 2)
      await closeDeadline(tx, {
        key: textDeadlineKey(districtCode, itemKey),
        state: 'done',
        actor: audit,
        now,
      });
    return version!;
  });
}
