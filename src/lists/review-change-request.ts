import { eq } from 'drizzle-orm';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import {
  type ChangeRequestRow,
  lockChangeRequest,
  moveChangeRequest,
  type Proposal,
  termsInputOf,
} from './change-request-store.ts';
import { addDraftItem, amendDraftItem, lockDraftItem, removeDraftItem } from './draft-edits.ts';
import { resolveItemTerms } from './item-terms.ts';
import { lists } from './schema.ts';

export type ReviewDecision = 'approve' | 'reject' | 'return';

/**
 * LIST-6: the reviewing level (区司法局, or an ST town's 司法所) approves, rejects or returns a request.
 * Approval applies it to the draft, which the next published version carries; a published version is
 * never touched.
 */
export async function reviewChangeRequest(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  decision: ReviewDecision;
  comment: string;
  revision: number;
}): Promise<ChangeRequestRow> {
  const { database, actor, now, decision } = options;
  return database.transaction(async (tx) => {
    const before = await lockChangeRequest(tx, actor, options.id, options.revision);
    if (actor.role !== 'justice-officer' || actor.jurisdictionCode !== before.reviewJurisdictionCode)
      throw new DomainError(
        'FORBIDDEN',
        '只有审核层级的司法行政机关可以审核此申请',
        'Only the justice body of the reviewing level may review this request',
      );
    if (actor.agencyId === before.requestingAgencyId)
      throw new DomainError(
        'FORBIDDEN',
        '不能审核本单位提出的申请',
        'An agency cannot review its own request',
      );
    if (decision !== 'approve' && !options.comment.trim())
      throw invalid('comment', '退回或不予通过须写明意见', 'Returning or rejecting needs a comment');
    const audit = actorOf(actor);
    if (decision === 'approve') {
      const [list] = await tx.db.select().from(lists).where(eq(lists.id, before.listId));
      const proposal = before.proposal as unknown as Proposal;
      const cause = `change request ${before.number}`;
      if ('add' in proposal) {
        const terms = await resolveItemTerms(tx.db, list!.districtCode!, proposal.add);
        await addDraftItem(tx, { list: list!, terms, actor: audit, now, cause });
      } else if ('amend' in proposal) {
        const target = await lockDraftItem(tx, list!, before.targetItemId!);
        const terms = await resolveItemTerms(tx.db, list!.districtCode!, {
          ...termsInputOf(target),
          ...proposal.amend,
        });
        await amendDraftItem(tx, {
          list: list!,
          itemId: target.id,
          revision: null,
          terms,
          actor: audit,
          now,
          cause,
        });
      } else
        await removeDraftItem(tx, {
          list: list!,
          itemId: before.targetItemId!,
          revision: null,
          actor: audit,
          now,
          cause,
        });
    }
    return moveChangeRequest(tx, { before, action: decision, comment: options.comment, actor: audit, now });
  });
}
