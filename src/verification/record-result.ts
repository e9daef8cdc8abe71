import { eq, sql } from 'drizzle-orm';
import { cases, commitments, pushCommitments } from '../cases/index.ts';
import { formatDate } from '../common/dates.ts';
import { stageOfCase } from '../common/false-commitment-rules.ts';
import { type FollowUp, type TaskOutcome, taskWorkflow } from '../common/verification-task-states.ts';
import { firstFalseCommitmentCategory, recordDishonesty } from '../credit/index.ts';
import { closeDeadline } from '../inbox/index.ts';
import { agencies } from '../organisation/index.ts';
import { type AuditActor, actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { notifyParty } from './notify-party.ts';
import { falseCommitmentHandlings, verificationEvidence, verificationTasks } from './schema.ts';
import { lockTask } from './task-access.ts';
import { attachedDocuments } from './verification-files.ts';

type TaskRow = typeof verificationTasks.$inferSelect;

/** One evidence row per attached document, or one note when there is none. */
export const evidenceRows = (
  taskId: string,
  documents: readonly string[],
  summary: string,
  recordedBy: string | null,
  recordedAt: Date,
) =>
  (documents.length ? documents : [null]).map((documentId) => ({
    taskId,
    kind: 'attachment' as const,
    summary,
    documentId,
    recordedBy,
    recordedAt,
  }));

export interface ResultInput {
  outcome: TaskOutcome;
  reason: string;
  followUp?: FollowUp;
  attachments?: string[];
  revision?: number;
}

/**
 * VER-6: the verifier's result. 属实 keeps the commitment; 无法核查 either ends with its reason or
 * moves the task to the follow-up method; 不实 is a finding of falsity (SUP-3) and goes on at once.
 */
export async function recordResult(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: ResultInput;
  now: Date;
}): Promise<void> {
  const { actor, input, now } = options;
  assertCan(actor, 'verification.perform');
  await options.database.transaction(async (tx) => {
    const task = await lockTask(tx, actor, options.id, input.revision);
    if (task.kind === 'supervision')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '免于核查的事项列入事中事后监管，不在此记录核查结果',
        'An exempt item is supervised, not verified here',
        'state',
      );
    const documents = await attachedDocuments(tx, actor, task.districtCode, input.attachments ?? []);
    if (input.outcome === 'unverifiable' && input.followUp && input.followUp !== 'none')
      return followUp(tx, task, { ...input, followUp: input.followUp }, actorOf(actor), now, documents);
    await settleTask(
      tx,
      task,
      { outcome: input.outcome, reason: input.reason, followUp: input.followUp ?? null },
      {
        actor: actorOf(actor),
        userId: actor.userId,
        now,
        documents,
      },
    );
  });
}

/** 无法核查 with a follow-up: the task stays open under the other method, its reason kept as evidence. */
async function followUp(
  tx: Tx,
  task: TaskRow,
  input: ResultInput & { followUp: 'assistance' | 'on-site' },
  actor: AuditActor,
  now: Date,
  documents: string[],
) {
  taskWorkflow.next(task.state, 'record-result');
  await tx.db
    .insert(verificationEvidence)
    .values(
      evidenceRows(
        task.id,
        documents,
        `无法核查：${input.reason}（改为${input.followUp === 'assistance' ? '行政协助' : '现场核查'}）`,
        actor.userId,
        now,
      ),
    );
  await tx.db
    .update(verificationTasks)
    .set({
      verification: input.followUp,
      state: 'in-progress',
      followUp: input.followUp,
      runDueAt: null,
      revision: sql`${verificationTasks.revision} + 1`,
    })
    .where(eq(verificationTasks.id, task.id));
  await recordAudit(tx, {
    chain: task.districtCode,
    actor,
    at: now,
    action: 'verification.result-recorded',
    entityType: 'verification-task',
    entityId: task.id,
    after: { outcome: 'unverifiable', reason: input.reason, followUp: input.followUp },
  });
}

/**
 * Ends a task with its outcome, in the caller's transaction: the commitment is kept or found false;
 * a falsity writes the integrity file (CRED-1) and opens the handling record (SUP-3) in this same
 * transaction, and the applicant is told with the rule and the way back (CRED-4).
 */
export async function settleTask(
  tx: Tx,
  task: TaskRow,
  result: { outcome: TaskOutcome; reason: string; followUp: FollowUp | null },
  context: { actor: AuditActor; userId: string | null; now: Date; documents?: string[] },
) {
  const { now, actor } = context;
  taskWorkflow.next(task.state, 'record-result');
  if (result.outcome === 'unverifiable' && !result.reason.trim())
    throw invalid('reason', '无法核查须说明原因', 'Say why it cannot be verified');
  if (context.documents?.length)
    await tx.db
      .insert(verificationEvidence)
      .values(
        evidenceRows(task.id, context.documents, `核查结果附件：${result.reason}`, context.userId, now),
      );
  await tx.db
    .update(verificationTasks)
    .set({
      state: 'done',
      outcome: result.outcome,
      outcomeReason: result.reason,
      followUp: result.followUp,
      finishedAt: now,
      finishedBy: context.userId,
      runDueAt: null,
      revision: sql`${verificationTasks.revision} + 1`,
    })
    .where(eq(verificationTasks.id, task.id));
  const commitmentState = result.outcome === 'true' ? 'kept' : result.outcome === 'false' ? 'false' : null;
  if (commitmentState)
    await tx.db
      .update(commitments)
      .set({ state: commitmentState, stateChangedAt: now, stateNote: result.reason })
      .where(eq(commitments.id, task.commitmentId));
  if (commitmentState)
    await pushCommitments(tx, { commitmentIds: [task.commitmentId], kind: 'fulfilment', at: now });
  await closeDeadline(tx, { key: `verification:${task.id}`, state: 'done', actor, now });
  await recordAudit(tx, {
    chain: task.districtCode,
    actor,
    at: now,
    action: 'verification.result-recorded',
    entityType: 'verification-task',
    entityId: task.id,
    after: { outcome: result.outcome, reason: result.reason, followUp: result.followUp },
  });
  if (result.outcome === 'false')
    await findFalseCommitment(tx, { ...task, taskId: task.id }, result.reason, context);
}

/**
 * SUP-3/CRED-1: a finding of falsity, in the caller's transaction: the integrity-file record, the
 * handling record at the case's stage, the audit entry and the applicant's notice.
 */
export async function findFalseCommitment(
  tx: Tx,
  task: { commitmentId: string; taskId: string | null; districtCode: string; proofName: string },
  finding: string,
  context: { actor: AuditActor; userId: string | null; now: Date },
) {
  const [row] = await tx.db
    .select({ caseRow: cases, commitment: commitments, agencyName: agencies.name })
    .from(commitments)
    .innerJoin(cases, eq(cases.id, commitments.caseId))
    .innerJoin(agencies, eq(agencies.id, cases.agencyId))
    .where(eq(commitments.id, task.commitmentId));
  const { caseRow, commitment, agencyName } = row!;
  const stage = stageOfCase(caseRow.state) ?? 'after-decision';
  const record = await recordDishonesty(tx, {
    partyId: commitment.partyId,
    districtCode: task.districtCode,
    kind: 'false-commitment',
    category: await firstFalseCommitmentCategory(tx, commitment.partyId, context.now),
    description: `${formatDate(context.now)}申请${caseRow.matterName}时承诺「${task.proofName}」，经核查不实，认定为虚假承诺：${finding}`,
    authority: agencyName,
    basis: `案件 ${caseRow.caseNo}；《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）`,
    source: task.taskId ? 'verification' : 'supervision',
    commitmentId: commitment.id,
    foundBy: context.userId,
    at: context.now,
    actor: context.actor,
  });
  const [handling] = await tx.db
    .insert(falseCommitmentHandlings)
    .values({
      taskId: task.taskId,
      commitmentId: commitment.id,
      caseId: caseRow.id,
      districtCode: task.districtCode,
      agencyId: caseRow.agencyId,
      stage,
      finding,
      creditRecordId: record.id,
      state: 'open',
      foundBy: context.userId,
      foundAt: context.now,
    })
    .returning({ id: falseCommitmentHandlings.id });
  await recordAudit(tx, {
    chain: task.districtCode,
    actor: context.actor,
    at: context.now,
    action: 'false-commitment.found',
    entityType: 'false-commitment-handling',
    entityId: handling!.id,
    after: { caseId: caseRow.id, commitmentId: commitment.id, stage, creditRecordId: record.id, finding },
  });
  await notifyParty(tx, {
    topic: 'verification',
    partyId: commitment.partyId,
    districtCode: task.districtCode,
    caseId: caseRow.id,
    title: `${caseRow.caseNo} 承诺「${task.proofName}」经核查不实`,
    titleEn: `${caseRow.caseNo}: the commitment "${task.proofName}" was found false`,
    body: `${finding}。该虚假承诺已记入诚信档案；在信用修复前，您不适用告知承诺制，办理事项须提交证明材料。完成整改后可申请信用修复。`,
    bodyEn: `${finding}. The false commitment is recorded in your integrity file; until credit repair you cannot use commitment and must submit proofs. After rectifying, you may apply for credit repair.`,
    now: context.now,
  });
}
