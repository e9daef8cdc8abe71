import { and, eq, isNull } from 'drizzle-orm';
import { commitments } from '../cases/index.ts';
import { creditObjections, creditRecords, currentRulebook, pushRecord } from '../credit/index.ts';
import { registerDeadline } from '../inbox/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { provenParty } from '../platform/auth/proven-party.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid, notFound } from '../platform/errors.ts';
import { attachedDocuments, verificationTasks } from '../verification/index.ts';
import { creditDeadline, creditOfficeDue, lockRecord } from './credit-office.ts';

const outcomeWords: Record<string, string> = { true: '属实', false: '不实', unverifiable: '无法核查' };

/** What is objected to: a record of the file, or the finding of one of the party's verification tasks. */
async function objectedItem(
  tx: Tx,
  actor: Actor,
  partyId: string,
  input: { recordId?: string; taskId?: string },
) {
  if (input.recordId) {
    const record = await lockRecord(tx, actor, input.recordId);
    if (record.correctedAt)
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该记录已更正',
        'This record is already corrected',
        'recordId',
      );
    return {
      recordId: record.id,
      taskId: null,
      districtCode: record.districtCode,
      foundBy: record.foundBy,
      subject: `失信记录：${record.description}`,
    };
  }
  const [task] = await tx.db
    .select({ task: verificationTasks, partyId: commitments.partyId })
    .from(verificationTasks)
    .innerJoin(commitments, eq(commitments.id, verificationTasks.commitmentId))
    .where(eq(verificationTasks.id, input.taskId!))
    .for('update', { of: verificationTasks });
  if (!task || task.partyId !== partyId) throw notFound('核查结果', 'Verification finding');
  if (!task.task.outcome)
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      '该承诺尚无核查结论，无法提出异议',
      'This commitment has no finding yet to object to',
      'taskId',
    );
  // A 不实 finding made a record: the objection to the finding disputes that record too (异议中).
  const [record] =
    task.task.outcome === 'false'
      ? await tx.db
          .select({ id: creditRecords.id })
          .from(creditRecords)
          .where(
            and(eq(creditRecords.commitmentId, task.task.commitmentId), isNull(creditRecords.correctedAt)),
          )
      : [];
  return {
    recordId: record?.id ?? null,
    taskId: task.task.id,
    districtCode: task.task.districtCode,
    foundBy: task.task.finishedBy,
    subject: `核查结论：承诺「${task.task.proofName}」${outcomeWords[task.task.outcome] ?? task.task.outcome}（${task.task.outcomeReason ?? ''}）`,
  };
}

/**
 * CRED-5: the applicant objects (异议) to a record or to one verification finding, with reasons and
 * evidence. The item shows 异议中 wherever it appears from now on, a record's push says so too
 * (CRED-6), and the credit office has the rulebook's working days to re-examine it.
 */
export async function fileObjection(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { recordId?: string; taskId?: string; reasons: string; evidence: string[] };
}) {
  const { database, actor, now, input } = options;
  const partyId = provenParty(actor);
  if (!input.recordId === !input.taskId)
    throw invalid(
      'recordId',
      '请指明对哪一条记录或哪一项核查结论提出异议',
      'Name either a record or a finding',
    );
  if (!input.reasons.trim()) throw invalid('reasons', '请写明异议理由', 'Give the reasons for the objection');
  return database.transaction(async (tx) => {
    const item = await objectedItem(tx, actor, partyId, input);
    const [open] = await tx.db
      .select({ id: creditObjections.id })
      .from(creditObjections)
      .where(
        and(
          eq(creditObjections.state, 'under-review'),
          item.recordId
            ? eq(creditObjections.recordId, item.recordId)
            : eq(creditObjections.taskId, item.taskId!),
        ),
      );
    if (open)
      throw new DomainError(
        'CONFLICT',
        '该事项已有异议正在复核',
        'An objection to this is already under review',
        item.recordId ? 'recordId' : 'taskId',
      );
    const rulebook = await currentRulebook(tx.db, item.districtCode);
    const due = await creditOfficeDue(tx.db, now, rulebook.objectionReviewWorkingDays);
    const evidence = await attachedDocuments(tx, actor, item.districtCode, input.evidence);
    const [objection] = await tx.db
      .insert(creditObjections)
      .values({
        partyId,
        districtCode: item.districtCode,
        recordId: item.recordId,
        taskId: item.taskId,
        subject: item.subject.slice(0, 500),
        reasons: input.reasons.trim(),
        evidence,
        foundBy: item.foundBy,
        state: 'under-review',
        filedBy: actor.userId,
        filedAt: now,
        dueOn: due.dueDate,
      })
      .returning();
    await registerDeadline(tx, {
      input: creditDeadline({
        key: `credit-objection:${objection!.id}`,
        districtCode: item.districtCode,
        title: '异议待复核',
        titleEn: 'Objection to re-examine',
        due,
        link: '/workbench/credit/objections',
      }),
      actor: actorOf(actor),
      now,
    });
    await recordAudit(tx, {
      chain: item.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'credit-objection.filed',
      entityType: 'credit-objection',
      entityId: objection!.id,
      after: { recordId: item.recordId, taskId: item.taskId, dueOn: due.dueDate },
    });
    if (item.recordId) {
      const record = await lockRecord(tx, actor, item.recordId);
      await pushRecord(tx, record, now, { disputed: true, kind: 'objection' });
    }
    return { id: objection!.id, state: objection!.state, dueOn: objection!.dueOn };
  });
}
