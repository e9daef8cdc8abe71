import { eq } from 'drizzle-orm';
import { type ChangeRequestAction, nextChangeRequestState } from '../common/change-request-states.ts';
import type { ListItem } from '../common/list-item.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import { type ItemTermsInput, resolveItemTerms } from './item-terms.ts';
import { asListItem, type DraftItemRow, type ListRow } from './list-store.ts';
import { changeRequestEvents, changeRequests } from './schema.ts';

export type ChangeRequestRow = typeof changeRequests.$inferSelect;

/** LIST-6: what an agency proposes; an amendment names only the terms it changes. */
export type AmendableTerms = Partial<
  Omit<ItemTermsInput, 'certificationMatterId' | 'administrativeMatterId'>
>;
export type Proposal = { add: ItemTermsInput } | { amend: AmendableTerms } | { remove: true };

export const changeRequestNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '变更申请不存在或不在您的管辖范围内',
    'No such change request within your jurisdiction',
  );

export async function lockChangeRequest(
  tx: Tx,
  actor: Actor,
  id: string,
  revision: number,
): Promise<ChangeRequestRow> {
  const [row] = await tx.db.select().from(changeRequests).where(eq(changeRequests.id, id)).for('update');
  if (!row || !canAccessDistrict(actor, row.districtCode)) throw changeRequestNotFound();
  if (row.revision !== revision) throw staleVersion();
  return row;
}

/** The input form of a draft row, so an amendment can be resolved like a new item. */
export const termsInputOf = (row: DraftItemRow): ItemTermsInput => ({
  certificationMatterId: row.certificationMatterId!,
  administrativeMatterId: row.administrativeMatterId!,
  verification: row.verification,
  assistingAgencyId: row.assistingAgencyId,
  timeLimitWorkingDays: row.timeLimitWorkingDays,
  standard: row.standard,
  method: row.method,
  disclosure: row.disclosure,
  remarks: row.remarks,
  legalBasis: row.legalBasis,
  issuingBody: row.issuingBody,
});

/**
 * The item a proposal leads to, resolved and checked now (LIST-2, LIST-5) so a request that could
 * never be applied is refused at submission rather than at review.
 */
export async function previewProposal(
  db: AppDb,
  list: ListRow,
  proposal: Proposal,
  target: DraftItemRow | null,
): Promise<Partial<ListItem> | null> {
  if ('remove' in proposal) return null;
  const input = 'add' in proposal ? proposal.add : { ...termsInputOf(target!), ...proposal.amend };
  const terms = await resolveItemTerms(db, list.districtCode!, input);
  const { key: _key, ...item } = asListItem({
    ...(target ?? ({} as DraftItemRow)),
    ...terms,
    id: target?.id ?? '',
  });
  return item;
}

export async function moveChangeRequest(
  tx: Tx,
  options: {
    before: ChangeRequestRow;
    action: ChangeRequestAction;
    comment: string;
    actor: AuditActor;
    now: Date;
    set?: Partial<ChangeRequestRow>;
  },
): Promise<ChangeRequestRow> {
  const { before, action, actor, now } = options;
  const state = nextChangeRequestState(before.state, action);
  const [after] = await tx.db
    .update(changeRequests)
    .set({ ...options.set, state, revision: before.revision + 1, updatedAt: now })
    .where(eq(changeRequests.id, before.id))
    .returning();
  await tx.db.insert(changeRequestEvents).values({
    changeRequestId: before.id,
    at: now,
    action,
    actorName: actor.name,
    actorUserId: actor.userId,
    comment: options.comment.trim(),
    stateAfter: state,
  });
  const audit = {
    approve: 'list-change.approved',
    reject: 'list-change.rejected',
    return: 'list-change.returned',
    resubmit: 'list-change.resubmitted',
    withdraw: 'list-change.withdrawn',
    publish: 'list-change.published',
  } as const;
  await recordAudit(tx, {
    chain: before.districtCode,
    actor,
    at: now,
    action: audit[action],
    entityType: 'list-change-request',
    entityId: before.id,
    before,
    after: { ...after, comment: options.comment.trim() },
  });
  return after!;
}
