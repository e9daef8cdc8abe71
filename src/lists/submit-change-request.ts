import { and, eq, sql } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { type ChangeRequestRow, type Proposal, previewProposal } from './change-request-store.ts';
import { lockDraftItem } from './draft-edits.ts';
import { assertReachesListCode, assertReadsList } from './list-access.ts';
import { asListItem, type DraftItemRow, ensureList, type ListRow } from './list-store.ts';
import { administrativeMatters, changeRequestEvents, changeRequests } from './schema.ts';

export interface ChangeRequestInput {
  listCode: string;
  proposal: Proposal;
  targetItemId: string | null;
  reason: string;
  legalBasis: string;
}

const notYours = () =>
  new DomainError(
    'FORBIDDEN',
    '只能就本单位办理的事项提出变更申请',
    'An agency may only ask to change items it handles itself',
    'targetItemId',
  );

/**
 * Checks a proposal against the list and the requesting agency (it asks for its own items only) and
 * answers the draft row it targets and the preview of the item it leads to.
 */
export async function checkProposal(
  tx: Tx,
  actor: Actor,
  list: ListRow,
  input: Omit<ChangeRequestInput, 'listCode'>,
) {
  let target: DraftItemRow | null = null;
  if ('add' in input.proposal) {
    const [matter] = await tx.db
      .select({ agencyId: administrativeMatters.agencyId })
      .from(administrativeMatters)
      .where(
        and(
          eq(administrativeMatters.id, input.proposal.add.administrativeMatterId),
          eq(administrativeMatters.districtCode, list.districtCode!),
        ),
      );
    if (matter && matter.agencyId !== actor.agencyId) throw notYours();
  } else {
    if (!input.targetItemId)
      throw new DomainError(
        'VALIDATION',
        '修改或删除须指明清单条目',
        'An amendment or removal names the item',
        'targetItemId',
      );
    target = await lockDraftItem(tx, list, input.targetItemId);
    if (target.agencyId !== actor.agencyId) throw notYours();
  }
  const preview = await previewProposal(tx.db, list, input.proposal, target);
  return { target, preview };
}

/** LIST-6: an agency (or, in ST, a town) asks to add, remove or amend an item, with reasons and basis. */
export async function submitChangeRequest(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: ChangeRequestInput;
}): Promise<ChangeRequestRow> {
  const { database, actor, now, input } = options;
  if (!actor.agencyId)
    throw new DomainError(
      'FORBIDDEN',
      '只有单位工作人员可以提出变更申请',
      'Only agency staff submit change requests',
    );
  assertReachesListCode(actor, input.listCode);
  return database.transaction(async (tx) => {
    const list = await ensureList(tx, input.listCode, now);
    assertReadsList(actor, list);
    if (list.districtCode === null || !contains(list.jurisdictionCode, actor.jurisdictionCode))
      throw new DomainError(
        'FORBIDDEN',
        '只能对本级清单提出变更申请',
        'Change requests go to the list of your own level',
        'listCode',
      );
    const [agency] = await tx.db
      .select()
      .from(agencies)
      .where(and(eq(agencies.id, actor.agencyId!)));
    const { target, preview } = await checkProposal(tx, actor, list, input);
    const [{ count }] = (await tx.db
      .select({ count: sql<number>`count(*)::int` })
      .from(changeRequests)
      .where(eq(changeRequests.listId, list.id))) as [{ count: number }];
    const [row] = await tx.db
      .insert(changeRequests)
      .values({
        listId: list.id,
        districtCode: list.districtCode,
        number: `${list.jurisdictionCode}-${shanghaiDate(now).slice(0, 4)}-${String(count + 1).padStart(4, '0')}`,
        action: 'add' in input.proposal ? 'add' : 'amend' in input.proposal ? 'amend' : 'remove',
        targetItemId: target?.id ?? null,
        targetSnapshot: target ? asListItem(target) : null,
        proposal: { ...input.proposal, preview },
        reason: input.reason.trim(),
        legalBasis: input.legalBasis.trim(),
        state: 'submitted',
        requestingAgencyId: agency!.id,
        requestedBy: actor.userId,
        reviewJurisdictionCode: list.jurisdictionCode,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.db.insert(changeRequestEvents).values({
      changeRequestId: row!.id,
      at: now,
      action: 'submit',
      actorName: `${actor.displayName}（${agency!.name}）`,
      actorUserId: actor.userId,
      comment: input.reason.trim(),
      stateAfter: 'submitted',
    });
    await recordAudit(tx, {
      chain: list.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'list-change.submitted',
      entityType: 'list-change-request',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}
