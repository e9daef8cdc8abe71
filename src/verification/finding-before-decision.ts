import { and, eq } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { stageOfCase } from '../common/false-commitment-rules.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { findFalseCommitment } from './record-result.ts';
import { falseCommitmentHandlings } from './schema.ts';
import { canSeeTask } from './task-access.ts';

/**
 * SUP-3 before the decision: the handling agency finds during its review that a commitment is false.
 * The finding writes the integrity file and opens a handling record whose only action is 终止办理.
 */
export async function recordFindingBeforeDecision(options: {
  database: Database;
  actor: Actor;
  input: { commitmentId: string; finding: string };
  now: Date;
}) {
  const { actor, now, input } = options;
  assertCan(actor, 'verification.handle');
  return options.database.transaction(async (tx) => {
    const [row] = await tx.db
      .select({ commitment: commitments, caseRow: cases })
      .from(commitments)
      .innerJoin(cases, eq(cases.id, commitments.caseId))
      .where(eq(commitments.id, input.commitmentId))
      .for('update');
    if (!row || !canSeeTask(actor, row.caseRow) || row.caseRow.agencyId !== actor.agencyId)
      throw new DomainError(
        'NOT_FOUND',
        '承诺不存在或不在您的办理范围内',
        'No such commitment among your cases',
        'commitmentId',
      );
    if (stageOfCase(row.caseRow.state) !== 'before-decision' || row.commitment.state !== 'signed')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '只有作出决定前、仍有效的承诺可在此认定不实；决定后请在核查任务中记录结果',
        'Only a commitment still in force before the decision is found false here; after it, record the task’s result',
        'commitmentId',
      );
    await tx.db
      .update(commitments)
      .set({ state: 'false', stateChangedAt: now, stateNote: input.finding })
      .where(and(eq(commitments.id, row.commitment.id)));
    await findFalseCommitment(
      tx,
      {
        commitmentId: row.commitment.id,
        taskId: null,
        districtCode: row.caseRow.districtCode,
        proofName: row.commitment.proofName,
      },
      input.finding,
      { actor: actorOf(actor), userId: actor.userId, now },
    );
    const [handling] = await tx.db
      .select({ id: falseCommitmentHandlings.id })
      .from(falseCommitmentHandlings)
      .where(eq(falseCommitmentHandlings.commitmentId, row.commitment.id));
    return handling!;
  });
}
