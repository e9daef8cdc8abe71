import { eq } from 'drizzle-orm';
import { commitments, pushCommitments } from '../cases/index.ts';
import { creditObjections, creditRecords, pushRecord } from '../credit/index.ts';
import { closeDeadline } from '../inbox/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid, notFound } from '../platform/errors.ts';
import { notifyParty, verificationTasks } from '../verification/index.ts';

type ObjectionRow = typeof creditObjections.$inferSelect;

/**
 * The record a correction sets aside: the objected record, or the one a 不实 finding produced; a
 * corrected 不实 finding also clears the commitment (reported as kept, CRED-6).
 */
async function recordToCorrect(tx: Tx, objection: ObjectionRow, now: Date) {
  if (!objection.taskId) return objection.recordId;
  const [task] = await tx.db
    .select({ commitmentId: verificationTasks.commitmentId, outcome: verificationTasks.outcome })
    .from(verificationTasks)
    .where(eq(verificationTasks.id, objection.taskId));
  if (task?.outcome !== 'false') return null;
  await tx.db
    .update(commitments)
    .set({ state: 'kept', stateChangedAt: now, stateNote: '经异议复核，原“不实”结论已更正' })
    .where(eq(commitments.id, task.commitmentId));
  await pushCommitments(tx, { commitmentIds: [task.commitmentId], kind: 'fulfilment', at: now });
  return objection.recordId;
}

/**
 * CRED-5: an officer other than the one who made the finding re-examines the objection and keeps the
 * item (维持) or corrects it (更正): a corrected record is set aside — it never counts again but stays
 * in the file — and the correction is pushed (CRED-6); a corrected false finding also clears the
 * commitment. The applicant is sent the answer either way.
 */
export async function decideObjection(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  input: { outcome: 'kept' | 'corrected'; answer: string };
}) {
  const { database, actor, now, input } = options;
  assertCan(actor, 'credit.review');
  const answer = input.answer.trim();
  if (!answer) throw invalid('answer', '请写明复核意见', 'Give the answer to the objection');
  return database.transaction(async (tx) => {
    const [objection] = await tx.db
      .select()
      .from(creditObjections)
      .where(eq(creditObjections.id, options.id))
      .for('update');
    if (!objection || objection.districtCode !== actor.districtCode) throw notFound('异议', 'Objection');
    if (objection.state !== 'under-review')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该异议已复核',
        'This objection is already decided',
        'state',
      );
    if (objection.foundBy && objection.foundBy === actor.userId)
      throw new DomainError(
        'FORBIDDEN',
        '原认定人不能复核针对自己结论的异议，请由其他工作人员复核',
        'The officer who made the finding may not re-examine the objection to it',
        'reviewer',
      );
    await tx.db
      .update(creditObjections)
      .set({ state: input.outcome, decidedBy: actor.userId, decidedAt: now, answer })
      .where(eq(creditObjections.id, objection.id));
    await closeDeadline(tx, {
      key: `credit-objection:${objection.id}`,
      state: 'done',
      actor: actorOf(actor),
      now,
    });
    await recordAudit(tx, {
      chain: objection.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'credit-objection.decided',
      entityType: 'credit-objection',
      entityId: objection.id,
      after: { outcome: input.outcome, answer },
    });
    const correctedId = input.outcome === 'corrected' ? await recordToCorrect(tx, objection, now) : null;
    if (correctedId) {
      const [corrected] = await tx.db
        .update(creditRecords)
        .set({ correctedAt: now, correctionNote: answer })
        .where(eq(creditRecords.id, correctedId))
        .returning();
      await recordAudit(tx, {
        chain: corrected!.districtCode,
        actor: actorOf(actor),
        at: now,
        action: 'credit-record.corrected',
        entityType: 'credit-record',
        entityId: corrected!.id,
        after: { objectionId: objection.id, note: answer },
      });
      await pushRecord(tx, corrected!, now);
    } else if (objection.recordId) {
      // Kept: the push that said 异议中 is followed by one that says it stands.
      const [kept] = await tx.db.select().from(creditRecords).where(eq(creditRecords.id, objection.recordId));
      await pushRecord(tx, kept!, now);
    }
    const corrected = input.outcome === 'corrected';
    await notifyParty(tx, {
      topic: 'credit',
      partyId: objection.partyId,
      districtCode: objection.districtCode,
      link: '/workbench/integrity',
      title: corrected ? '您的异议经复核成立，已更正' : '您的异议经复核，维持原结论',
      titleEn: corrected
        ? 'Your objection was upheld: corrected'
        : 'Your objection was examined: the finding stands',
      body: `${objection.subject}。复核意见：${answer}`,
      bodyEn: `Answer to your objection: ${answer}`,
      now,
    });
    return { id: objection.id, state: input.outcome };
  });
}
