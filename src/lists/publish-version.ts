import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { nextChangeRequestState } from '../common/change-request-states.ts';
import { assertListable } from '../common/exclusions.ts';
import type { ListItem, RetainedProof } from '../common/list-item.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { chainOfList } from './draft-edits.ts';
import { openFilingHop } from './filing-hops.ts';
import {
  asListItem,
  type DraftItemRow,
  districtSettingsOf,
  draftOf,
  type ListRow,
  type ListVersionRow,
  latestVersion,
} from './list-store.ts';
import {
  certificationMatters,
  changeRequestEvents,
  changeRequests,
  draftItems,
  lists,
  listVersions,
} from './schema.ts';
import { cancelTextClocks, openTextClocks } from './text-clocks.ts';

export const contentHash = (items: readonly ListItem[], retained: readonly RetainedProof[]) =>
  sm3Hex(canonicalJson({ items, retained }));

/** 保留清单: the district's proofs kept out of commitment, excluded (LIST-2) or retained with a reason. */
async function retainedProofs(tx: Tx, districtCode: string, listed: Set<string>): Promise<RetainedProof[]> {
  const matters = await tx.db
    .select()
    .from(certificationMatters)
    .where(eq(certificationMatters.districtCode, districtCode));
  return matters
    .filter((m) => !listed.has(m.name) && (m.exclusion || m.retainedReason))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
    .map((m) => ({
      name: m.name,
      legalBasis: m.legalBasis,
      issuingBody: m.issuingBody,
      reason: m.exclusion ? `${m.exclusion.category}：${m.exclusion.reason}` : m.retainedReason!,
    }));
}

/**
 * VER-5: an item exempt from verification whose industry regulator is not its handling agency is
 * published only with the regulator's recorded agreement.
 */
function assertRegulatorAgrees(row: DraftItemRow, index: number): void {
  const regulator = row.industryRegulator;
  if (row.verification !== 'exempt' || !regulator || regulator === row.handlingAgency) return;
  if (row.regulatorOpinion?.agrees === true) return;
  const disagreed = row.regulatorOpinion?.agrees === false;
  throw new DomainError(
    'VALIDATION',
    `“${row.name}”（${row.administrativeMatter}，${row.handlingAgency}）免于核查须经行业主管部门${regulator}同意，` +
      (disagreed ? '该部门已出具不同意的意见' : '尚未记录其意见') +
      '，清单不能发布',
    `"${row.name}" (${row.administrativeMatter}, ${row.handlingAgency}) may be exempt from verification only ` +
      `with the agreement of its industry regulator ${regulator}, who ` +
      (disagreed ? 'has recorded its disagreement' : 'has recorded no opinion yet') +
      '; the list cannot be published',
    `draft[${index}].regulatorOpinion`,
    undefined,
    {
      proof: row.name,
      administrativeMatter: row.administrativeMatter,
      handlingAgency: row.handlingAgency,
      industryRegulator: regulator,
    },
  );
}

/**
 * LIST-4: publishes the draft as the next immutable version, bundles the approved change requests
 * into it (LIST-6) and opens the first filing hop with its deadline (LIST-7), all in the caller's
 * transaction.
 */
export async function publishVersion(
  tx: Tx,
  options: {
    list: ListRow;
    note: string;
    actor: AuditActor;
    now: Date;
    calendar: WorkingCalendar;
    /** The draft revision the publisher reviewed; a draft changed since is not published unseen. */
    draftRevision?: number;
    /** The city general list as the city published it (imported), rather than the draft. */
    imported?: { items: ListItem[]; publishedOn: string };
  },
): Promise<ListVersionRow> {
  const { actor, now } = options;
  const [list] = await tx.db.select().from(lists).where(eq(lists.id, options.list.id)).for('update');
  if (options.draftRevision !== undefined && list!.draftRevision !== options.draftRevision)
    throw staleVersion();
  const draft = options.imported ? [] : await draftOf(tx.db, list!.id);
  if (!options.imported && list!.districtCode) {
    const excluded = await tx.db
      .select({ name: certificationMatters.name, exclusion: certificationMatters.exclusion })
      .from(draftItems)
      .innerJoin(certificationMatters, eq(certificationMatters.id, draftItems.certificationMatterId))
      .where(and(eq(draftItems.listId, list!.id), isNotNull(certificationMatters.exclusion)));
    for (const matter of excluded) assertListable(matter);
  }
  draft.forEach(assertRegulatorAgrees);
  const items = options.imported?.items ?? draft.map(asListItem);
  if (items.length === 0)
    throw new DomainError(
      'VALIDATION',
      '清单没有任何条目，不能发布',
      'The list has no items and cannot be published',
      'items',
    );
  const retained = list!.districtCode
    ? await retainedProofs(tx, list!.districtCode, new Set(items.map((i) => i.name)))
    : [];
  const previous = await latestVersion(tx.db, list!.id);
  const hash = contentHash(items, retained);
  if (previous?.contentSm3 === hash)
    throw new DomainError(
      'CONFLICT',
      `草稿与现行第 ${previous.versionNo} 版相同，无需发布`,
      `The draft equals version ${previous.versionNo} in force; nothing to publish`,
    );
  const approved = options.imported
    ? []
    : await tx.db
        .select()
        .from(changeRequests)
        .where(and(eq(changeRequests.listId, list!.id), eq(changeRequests.state, 'approved')))
        .for('update');
  const publishedOn = options.imported?.publishedOn ?? shanghaiDate(now);
  const [version] = await tx.db
    .insert(listVersions)
    .values({
      listId: list!.id,
      versionNo: (previous?.versionNo ?? 0) + 1,
      title: list!.title,
      publishedAt: now,
      publishedOn,
      publishedBy: actor.name,
      items,
      retained,
      contentSm3: hash,
      note: options.note.trim(),
      changeRequestIds: approved.map((r) => r.id),
    })
    .returning();
  if (approved.length > 0) {
    const state = nextChangeRequestState('approved', 'publish');
    await tx.db
      .update(changeRequests)
      .set({ state, publishedVersionId: version!.id, updatedAt: now })
      .where(
        inArray(
          changeRequests.id,
          approved.map((r) => r.id),
        ),
      );
    await tx.db.insert(changeRequestEvents).values(
      approved.map((r) => ({
        changeRequestId: r.id,
        at: now,
        action: 'publish',
        actorName: actor.name,
        actorUserId: actor.userId,
        comment: `随第 ${version!.versionNo} 版发布`,
        stateAfter: state,
      })),
    );
    for (const r of approved)
      await recordAudit(tx, {
        chain: r.districtCode,
        actor,
        at: now,
        action: 'list-change.published',
        entityType: 'list-change-request',
        entityId: r.id,
        before: { state: r.state },
        after: { state, publishedVersionId: version!.id },
      });
  }
  await recordAudit(tx, {
    chain: chainOfList(list!),
    actor,
    at: now,
    action: 'list.published',
    entityType: 'list-version',
    entityId: version!.id,
    after: {
      listId: list!.id,
      versionNo: version!.versionNo,
      items: items.length,
      contentSm3: hash,
      publishedOn,
    },
  });
  if (list!.districtCode && !options.imported) {
    const settings = await districtSettingsOf(tx.db, list!.districtCode);
    if (list!.jurisdictionCode === list!.districtCode) {
      const earlier = await tx.db
        .select({ items: listVersions.items })
        .from(listVersions)
        .where(and(eq(listVersions.listId, list!.id), ne(listVersions.id, version!.id)));
      const previousKeys = new Set(earlier.flatMap((v) => v.items.map((i) => i.key)));
      await openTextClocks(tx, {
        districtCode: list!.districtCode,
        publishedOn,
        newItems: draft
          .filter((row) => !previousKeys.has(row.id))
          .map((row) => ({
            key: row.id,
            name: row.name,
            administrativeMatter: row.administrativeMatter,
            agencyId: row.agencyId,
          })),
        workingDays: settings!.textPublicationDeadlineWorkingDays,
        calendar: options.calendar,
        actor,
        now,
      });
      const kept = new Set(items.map((i) => i.key));
      await cancelTextClocks(tx, {
        districtCode: list!.districtCode,
        keys: (previous?.items ?? []).map((i) => i.key).filter((k) => !kept.has(k)),
        actor,
        now,
      });
    }
    await openFilingHop(tx, {
      listVersionId: version!.id,
      districtCode: list!.districtCode,
      hop: 1,
      from: list!.jurisdictionCode,
      startDate: publishedOn,
      workingDays: settings!.filingDeadlineWorkingDays,
      calendar: options.calendar,
      actor,
      now,
    });
  }
  return version!;
}
