import { eq } from 'drizzle-orm';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { type ChangeRequestRow, lockChangeRequest, moveChangeRequest } from './change-request-store.ts';
import { asListItem } from './list-store.ts';
import { lists } from './schema.ts';
import { type ChangeRequestInput, checkProposal } from './submit-change-request.ts';

const assertRequester = (actor: Actor, row: ChangeRequestRow) => {
  if (actor.agencyId !== row.requestingAgencyId)
    throw new DomainError(
      'FORBIDDEN',
      '只有提出申请的单位可以修改或撤回',
      'Only the requesting agency may revise or withdraw it',
    );
};

/** LIST-6: the requesting agency revises a returned request and submits it again. */
export async function resubmitChangeRequest(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  revision: number;
  input: Omit<ChangeRequestInput, 'listCode'>;
}): Promise<ChangeRequestRow> {
  const { database, actor, now, input } = options;
  return database.transaction(async (tx) => {
    const before = await lockChangeRequest(tx, actor, options.id, options.revision);
    assertRequester(actor, before);
    if (('add' in input.proposal ? 'add' : 'amend' in input.proposal ? 'amend' : 'remove') !== before.action)
      throw new DomainError(
        'VALIDATION',
        '重新提交不能改变申请类型',
        'A resubmission keeps the kind of change',
        'proposal',
      );
    const [list] = await tx.db.select().from(lists).where(eq(lists.id, before.listId));
    const { target, preview } = await checkProposal(tx, actor, list!, {
      ...input,
      targetItemId: before.targetItemId,
    });
    return moveChangeRequest(tx, {
      before,
      action: 'resubmit',
      comment: input.reason,
      actor: actorOf(actor),
      now,
      set: {
        proposal: { ...input.proposal, preview },
        targetSnapshot: target ? asListItem(target) : null,
        reason: input.reason.trim(),
        legalBasis: input.legalBasis.trim(),
      },
    });
  });
}

export async function withdrawChangeRequest(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  revision: number;
  comment: string;
}): Promise<ChangeRequestRow> {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const before = await lockChangeRequest(tx, actor, options.id, options.revision);
    assertRequester(actor, before);
    return moveChangeRequest(tx, {
      before,
      action: 'withdraw',
      comment: options.comment,
      actor: actorOf(actor),
      now,
    });
  });
}
