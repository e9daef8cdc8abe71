import { nextState } from '../common/case-states.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Tx } from '../platform/db/database.ts';
import { sideOf } from './case-access.ts';
import { closeCaseDeadlines } from './case-deadlines.ts';
import { lockCase, moveCase } from './case-store.ts';
import { settleSignedCommitments } from './lapse-commitments.ts';

/**
 * SUP-3 before the decision: a false commitment ends the case (终止办理) in the transaction that
 * records the handling action; the case's other commitments lapse with it.
 */
export async function terminateForFalseCommitment(
  tx: Tx,
  options: { caseId: string; actor: Actor; note: string; now: Date },
) {
  const { actor, now, note } = options;
  const before = await lockCase(tx, actor, options.caseId);
  const side = sideOf(actor, before, 'officer');
  nextState(before.state, 'terminate', side);
  const audit = actorOf(actor);
  await closeCaseDeadlines(tx, before.id, 'cancelled', audit, now);
  await settleSignedCommitments(tx, { caseId: before.id, state: 'lapsed', note: `终止办理：${note}`, now });
  return moveCase(tx, { before, action: 'terminate', side, note, actor: audit, now });
}
