import { and, eq, max, ne } from 'drizzle-orm';
import { type AuditActor, PLATFORM_CHAIN, recordAudit } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import type { ItemTerms } from './item-terms.ts';
import { type DraftItemRow, type ListRow, latestVersion } from './list-store.ts';
import { draftItems, lists } from './schema.ts';

/** A list's changes go to its district's audit chain; the city general list's to the platform's. */
export const chainOfList = (list: ListRow) => list.districtCode ?? PLATFORM_CHAIN;

/** One proof for one matter at one agency is one row; a second identical row is refused by name. */
async function assertNoTwin(
  tx: Tx,
  listId: string,
  terms: Pick<ItemTerms, 'name' | 'administrativeMatter' | 'handlingAgency'>,
  exceptId?: string,
) {
  const [twin] = await tx.db
    .select({ id: draftItems.id })
    .from(draftItems)
    .where(
      and(
        eq(draftItems.listId, listId),
        eq(draftItems.name, terms.name),
        eq(draftItems.administrativeMatter, terms.administrativeMatter),
        eq(draftItems.handlingAgency, terms.handlingAgency),
        exceptId ? ne(draftItems.id, exceptId) : undefined,
      ),
    );
  if (twin)
    throw new DomainError(
      'CONFLICT',
      `清单中已有“${terms.name}”（${terms.administrativeMatter}，${terms.handlingAgency}）`,
      `The list already holds "${terms.name}" for ${terms.administrativeMatter} at ${terms.handlingAgency}`,
      'certificationMatterId',
    );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An item is its proof for an administrative matter at a handling agency: a row added back (imported
 * again, re-entered) that the version in force holds is that item, under its key, so the version diff,
 * the content and the item's text clock see no change where there is none.
 */
async function keyInForce(
  tx: Tx,
  list: ListRow,
  terms: Pick<ItemTerms, 'name' | 'administrativeMatter' | 'handlingAgency'>,
) {
  const inForce = await latestVersion(tx.db, list.id);
  const same = inForce?.items.find(
    (i) =>
      i.name === terms.name &&
      i.administrativeMatter === terms.administrativeMatter &&
      i.handlingAgency === terms.handlingAgency,
  );
  // Keys of a district's own items are the ids of the draft rows they were published from.
  if (!same || !UUID.test(same.key)) return undefined;
  const [taken] = await tx.db
    .select({ id: draftItems.id })
    .from(draftItems)
    .where(eq(draftItems.id, same.key));
  return taken ? undefined : same.key;
}

export async function touchDraft(tx: Tx, list: ListRow) {
  await tx.db
    .update(lists)
    .set({ draftRevision: list.draftRevision + 1 })
    .where(eq(lists.id, list.id));
}

export async function addDraftItem(
  tx: Tx,
  options: {
    list: ListRow;
    terms: ItemTerms;
    actor: AuditActor;
    now: Date;
    claim?: { sourceItemKey: string };
    cause?: string;
  },
): Promise<DraftItemRow> {
  const { list, terms, actor, now } = options;
  await assertNoTwin(tx, list.id, terms);
  const [last] = await tx.db
    .select({ position: max(draftItems.position) })
    .from(draftItems)
    .where(eq(draftItems.listId, list.id));
  const [row] = await tx.db
    .insert(draftItems)
    .values({
      ...terms,
      id: await keyInForce(tx, list, terms),
      listId: list.id,
      position: (last?.position ?? 0) + 1,
      sourceItemKey: options.claim?.sourceItemKey ?? null,
      claimedAt: options.claim ? now : null,
      claimedBy: options.claim ? actor.name : null,
      updatedAt: now,
    })
    .returning();
  await touchDraft(tx, list);
  await recordAudit(tx, {
    chain: chainOfList(list),
    actor,
    at: now,
    action: options.claim ? 'list-item.claimed' : 'list-item.added',
    entityType: 'list-item',
    entityId: row!.id,
    after: { ...row, cause: options.cause ?? null },
  });
  return row!;
}

/** Saves new terms over a draft row read at `revision`; a save based on an older read is refused. */
export async function amendDraftItem(
  tx: Tx,
  options: {
    list: ListRow;
    itemId: string;
    revision: number | null;
    terms: Partial<
      ItemTerms & Pick<DraftItemRow, 'sourceItemKey' | 'claimedAt' | 'claimedBy' | 'industryRegulator'>
    >;
    actor: AuditActor;
    now: Date;
    cause?: string;
  },
): Promise<DraftItemRow> {
  const { list, actor, now } = options;
  const before = await lockDraftItem(tx, list, options.itemId);
  if (options.revision !== null && before.revision !== options.revision) throw staleVersion();
  await assertNoTwin(tx, list.id, { ...before, ...options.terms }, before.id);
  const { verification, industryRegulator } = options.terms;
  // VER-5: an opinion was given on the terms it saw; another class or regulator needs a new one.
  const otherTerms =
    (verification !== undefined && verification !== before.verification) ||
    (industryRegulator !== undefined && industryRegulator !== before.industryRegulator);
  const [after] = await tx.db
    .update(draftItems)
    .set({
      ...options.terms,
      ...(otherTerms ? { regulatorOpinion: null } : {}),
      revision: before.revision + 1,
      updatedAt: now,
    })
    .where(eq(draftItems.id, before.id))
    .returning();
  await touchDraft(tx, list);
  await recordAudit(tx, {
    chain: chainOfList(list),
    actor,
    at: now,
    action: 'list-item.amended',
    entityType: 'list-item',
    entityId: before.id,
    before,
    after: { ...after, cause: options.cause ?? null },
  });
  return after!;
}

export async function removeDraftItem(
  tx: Tx,
  options: {
    list: ListRow;
    itemId: string;
    revision: number | null;
    actor: AuditActor;
    now: Date;
    cause?: string;
  },
): Promise<void> {
  const { list, actor, now } = options;
  const before = await lockDraftItem(tx, list, options.itemId);
  if (options.revision !== null && before.revision !== options.revision) throw staleVersion();
  await tx.db.delete(draftItems).where(eq(draftItems.id, before.id));
  await touchDraft(tx, list);
  await recordAudit(tx, {
    chain: chainOfList(list),
    actor,
    at: now,
    action: 'list-item.removed',
    entityType: 'list-item',
    entityId: before.id,
    before,
    after: { cause: options.cause ?? null },
  });
}

export async function lockDraftItem(tx: Tx, list: ListRow, itemId: string): Promise<DraftItemRow> {
  const [row] = await tx.db
    .select()
    .from(draftItems)
    .where(and(eq(draftItems.id, itemId), eq(draftItems.listId, list.id)))
    .for('update');
  if (!row)
    throw new DomainError(
      'NOT_FOUND',
      '草稿中没有此条目（可能已被他人删除）',
      'No such item in the draft (someone may have removed it)',
    );
  return row;
}
