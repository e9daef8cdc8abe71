import { eq } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { chainOfList, lockDraftItem, touchDraft } from './draft-edits.ts';
import { assertReachesListCode, canReadList } from './list-access.ts';
import { type DraftItemRow, findList, listNotFound } from './list-store.ts';
import { draftItems, type RegulatorOpinion } from './schema.ts';

/** The name of the agency the actor works at, if any. */
export async function agencyNameOf(db: AppDb, actor: Actor): Promise<string | null> {
  if (!actor.agencyId) return null;
  const [agency] = await db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, actor.agencyId));
  return agency?.name ?? null;
}

/**
 * VER-5: the industry regulator records its opinion on exempting a draft row from verification, where
 * the row names its agency as regulator. Another district's list is not found; another agency's
 * regulator (or a row naming no regulator) is refused.
 */
export async function recordRegulatorOpinion(options: {
  database: Database;
  actor: Actor;
  now: Date;
  listCode: string;
  rowId: string;
  input: { agrees: boolean; opinion: string };
}): Promise<DraftItemRow> {
  const { database, actor, now, input } = options;
  assertReachesListCode(actor, options.listCode);
  return database.transaction(async (tx) => {
    const list = await findList(tx.db, options.listCode);
    if (!list || !canReadList(actor, list)) throw listNotFound();
    const before = await lockDraftItem(tx, list, options.rowId);
    const agency = await agencyNameOf(tx.db, actor);
    if (actor.role !== 'regulator' || !agency || before.industryRegulator !== agency)
      throw new DomainError(
        'FORBIDDEN',
        '只有条目所列的行业主管部门可以出具免予核查意见',
        'Only the industry regulator the item names may record its opinion on the exemption',
      );
    const opinion: RegulatorOpinion = {
      agrees: input.agrees,
      opinion: input.opinion.trim(),
      agency,
      recordedBy: actor.displayName,
      recordedAt: now.toISOString(),
    };
    if (!opinion.opinion) throw new DomainError('VALIDATION', '请填写意见', 'Write the opinion', 'opinion');
    const [after] = await tx.db
      .update(draftItems)
      .set({ regulatorOpinion: opinion, revision: before.revision + 1, updatedAt: now })
      .where(eq(draftItems.id, before.id))
      .returning();
    await touchDraft(tx, list);
    await recordAudit(tx, {
      chain: chainOfList(list),
      actor: actorOf(actor),
      at: now,
      action: 'list-item.regulator-opinion',
      entityType: 'list-item',
      entityId: before.id,
      before: { regulatorOpinion: before.regulatorOpinion },
      after: { regulatorOpinion: opinion, verification: before.verification, industryRegulator: agency },
    });
    return after!;
  });
}
