import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { type CommittedFacts, recordTypeForProof } from '../common/shared-records.ts';
import { storedDocuments } from '../documents/index.ts';
import { closeDeadline } from '../inbox/index.ts';
import { agencies, parties } from '../organisation/index.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import { ConnectorRefusedError, ConnectorUnavailableError } from '../platform/connectors/http-connector.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { type Comparison, compareWithRecords } from './record-comparison-rules.ts';
import { dataAccessLog, verificationEvidence, verificationTasks } from './schema.ts';
import { ForgedAnswerError, type SharedDataSource, type SignedSharedAnswer } from './shared-data-source.ts';

const LEASE_MS = 2 * 60_000;
/** A day of tries at growing intervals; after that the verifier sees the error and picks a method. */
const MAX_ATTEMPTS = 12;
export const retryDelayMs = (attempts: number) =>
  Math.min(2 * 3600_000, 30_000 * 2 ** Math.max(0, attempts - 1));

type TaskRow = typeof verificationTasks.$inferSelect;

/** What an online check of one task asks and compares. */
async function checkContext(tx: Tx | Database, task: TaskRow) {
  const [row] = await tx.db
    .select({
      caseNo: cases.caseNo,
      agencyName: agencies.name,
      facts: commitments.facts,
      matterFacts: commitments.matterFacts,
      signedAt: commitments.signedAt,
      partyId: parties.id,
      identifier: parties.identifier,
      name: parties.name,
    })
    .from(commitments)
    .innerJoin(cases, eq(cases.id, commitments.caseId))
    .innerJoin(agencies, eq(agencies.id, cases.agencyId))
    .innerJoin(parties, eq(parties.id, commitments.partyId))
    .where(eq(commitments.id, task.commitmentId));
  return row!;
}

/**
 * Whose record the commitment is about: the person it names (a deceased relative, a spouse), else
 * the applicant, who also holds their own licences (a 个体工商户's under the person's number).
 */
function subjectOf(facts: CommittedFacts | null, applicant: { identifier: string; name: string }) {
  const named = facts?.subjectIdentifier ? String(facts.subjectIdentifier) : null;
  return named && named !== applicant.identifier
    ? { identifier: named, name: facts?.subjectName ? String(facts.subjectName) : null }
    : applicant;
}

export type CheckRun =
  | { kind: 'checked'; comparison: Comparison }
  | { kind: 'retrying'; error: string }
  | { kind: 'failed'; error: string }
  | { kind: 'not-online'; error: string };

/**
 * Claims the online checks that are due (a lease, so two instances or a double click never run one
 * check twice), optionally only the given task.
 */
async function claim(database: Database, now: Date, options: { taskId?: string; batch: number }) {
  return database.transaction(async (tx) => {
    const due = await tx.db
      .select({ id: verificationTasks.id })
      .from(verificationTasks)
      .where(
        and(
          lte(verificationTasks.runDueAt, now),
          inArray(verificationTasks.state, ['planned', 'in-progress']),
          or(isNull(verificationTasks.runLeaseUntil), lte(verificationTasks.runLeaseUntil, now)),
          options.taskId ? eq(verificationTasks.id, options.taskId) : undefined,
        ),
      )
      .orderBy(verificationTasks.runDueAt)
      .limit(options.batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx.db
      .update(verificationTasks)
      .set({ runLeaseUntil: new Date(now.getTime() + LEASE_MS) })
      .where(
        inArray(
          verificationTasks.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** The task is still ours to settle: our lease, no result written meanwhile. */
async function lockClaimed(tx: Tx, task: TaskRow) {
  const [row] = await tx.db
    .select()
    .from(verificationTasks)
    .where(eq(verificationTasks.id, task.id))
    .for('update');
  return row && row.state !== 'done' && row.runLeaseUntil?.getTime() === task.runLeaseUntil?.getTime()
    ? row
    : null;
}

/** DOC-6 for evidence: the signed answer as received, with the comparison made of it, and its SM3. */
async function storeEvidence(
  tx: Tx,
  task: TaskRow,
  signed: SignedSharedAnswer,
  comparison: Comparison,
  at: Date,
) {
  const bytes = Buffer.from(
    JSON.stringify(
      {
        answer: signed.bodyText,
        signature: signed.signature,
        signedBy: signed.publicKey,
        comparison,
      },
      null,
      2,
    ),
  );
  const [document] = await tx.db
    .insert(storedDocuments)
    .values({
      districtCode: task.districtCode,
      subject: `verification-evidence:${signed.answer.requestId}`,
      contentType: 'application/json',
      bytes,
      sm3: sm3Hex(bytes),
      createdAt: at,
    })
    .returning({ id: storedDocuments.id });
  return document!.id;
}

/**
 * VER-2, VER-8: runs one claimed task's online check through the connector and settles it in one
 * transaction with the data-access log entry, the evidence and the audit entry. A 属实 comparison
 * finishes the task; anything else goes to the verifier with the comparison, who judges (VER-6/7).
 */
async function runClaimed(
  database: Database,
  source: SharedDataSource,
  task: TaskRow,
  options: { now: () => Date; actor: AuditActor },
): Promise<CheckRun> {
  const context = await checkContext(database, task);
  const recordType = context.matterFacts?.recordType ?? recordTypeForProof(task.proofName);
  const at = options.now();
  if (!recordType) {
    const error = '该证明事项没有可在线核查的共享数据类型，请改用协查或现场核查';
    await settleWithout(database, task, at, error, false);
    return { kind: 'not-online', error };
  }
  const applicant = { identifier: context.identifier, name: context.name };
  const subject = subjectOf(context.facts, applicant);
  const requestId = randomUUID();
  let signed: SignedSharedAnswer | null = null;
  let failure: { error: string; retry: boolean } | null = null;
  try {
    signed = await source.query(
      {
        recordType,
        identifier: subject.identifier,
        name: subject.name,
        purpose: `证明事项告知承诺事后核查：${task.proofName}`,
        caseNo: context.caseNo,
        requestedBy: { agency: context.agencyName, user: options.actor.name },
      },
      requestId,
    );
  } catch (error) {
    if (
      !(
        error instanceof ConnectorUnavailableError ||
        error instanceof ConnectorRefusedError ||
        error instanceof ForgedAnswerError
      )
    )
      throw error;
    failure = { error: error.message.slice(0, 500), retry: error instanceof ConnectorUnavailableError };
  }
  const settledAt = options.now();
  return database.transaction(async (tx) => {
    const current = await lockClaimed(tx, task);
    if (!current) return { kind: 'failed', error: 'settled elsewhere' } as const;
    const usedRequestId = signed?.answer.requestId ?? requestId;
    // The subject queried, and the applicant whose commitment named them (a relative, a licence).
    const subjects = [
      {
        identifier: subject.identifier,
        partyId: subject.identifier === context.identifier ? context.partyId : null,
      },
      ...(subject.identifier === context.identifier
        ? []
        : [{ identifier: context.identifier, partyId: context.partyId }]),
    ];
    const entry = {
      recordType,
      purpose: `证明事项告知承诺事后核查：${task.proofName}`,
      caseId: task.caseId,
      caseNo: context.caseNo,
      taskId: task.id,
      districtCode: task.districtCode,
      agencyName: context.agencyName,
      userId: options.actor.userId,
      userName: options.actor.name,
      requestId: usedRequestId,
      answered: signed
        ? signed.answer.found
          ? ('found' as const)
          : ('not-found' as const)
        : ('failed' as const),
      at: settledAt,
    };
    await tx.db
      .insert(dataAccessLog)
      .values(subjects.map((s) => ({ ...entry, subjectIdentifier: s.identifier, partyId: s.partyId })));
    if (!signed) {
      const attempts = current.runAttempts + 1;
      const retry = failure!.retry && attempts < MAX_ATTEMPTS;
      await tx.db
        .update(verificationTasks)
        .set({
          runAttempts: attempts,
          runLeaseUntil: null,
          runDueAt: retry ? new Date(settledAt.getTime() + retryDelayMs(attempts)) : null,
          lastRunError: failure!.error,
          state: current.state === 'planned' && !retry ? 'in-progress' : current.state,
        })
        .where(eq(verificationTasks.id, task.id));
      await recordAudit(tx, {
        chain: task.districtCode,
        actor: options.actor,
        at: settledAt,
        action: 'verification.check-failed',
        entityType: 'verification-task',
        entityId: task.id,
        after: { error: failure!.error, retrying: retry, attempts },
      });
      return retry
        ? ({ kind: 'retrying', error: failure!.error } as const)
        : ({ kind: 'failed', error: failure!.error } as const);
    }
    const comparison = compareWithRecords({
      matterFacts: context.matterFacts,
      committed: context.facts,
      answer: signed.answer,
      applicant,
      committedOn: shanghaiDate(context.signedAt),
    });
    const documentId = await storeEvidence(tx, task, signed, comparison, settledAt);
    await tx.db.insert(verificationEvidence).values({
      taskId: task.id,
      kind: 'shared-data',
      summary: `${signed.answer.source}：${comparison.reason}`,
      comparison,
      documentId,
      recordedBy: options.actor.userId,
      recordedAt: settledAt,
    });
    const finished = comparison.outcome === 'true';
    await tx.db
      .update(verificationTasks)
      .set({
        runAttempts: current.runAttempts + 1,
        runLeaseUntil: null,
        runDueAt: null,
        lastRunError: null,
        state: finished ? 'done' : 'in-progress',
        outcome: finished ? 'true' : null,
        outcomeReason: finished ? comparison.reason : null,
        finishedAt: finished ? settledAt : null,
        finishedBy: finished ? options.actor.userId : null,
        revision: sql`${verificationTasks.revision} + 1`,
      })
      .where(eq(verificationTasks.id, task.id));
    if (finished)
      await closeDeadline(tx, {
        key: `verification:${task.id}`,
        state: 'done',
        actor: options.actor,
        now: settledAt,
      });
    await recordAudit(tx, {
      chain: task.districtCode,
      actor: options.actor,
      at: settledAt,
      action: 'verification.checked-online',
      entityType: 'verification-task',
      entityId: task.id,
      after: { requestId: usedRequestId, recordType, outcome: comparison.outcome, documentId },
    });
    return { kind: 'checked', comparison } as const;
  });
}

async function settleWithout(database: Database, task: TaskRow, at: Date, error: string, retry: boolean) {
  await database.transaction(async (tx) => {
    if (!(await lockClaimed(tx, task))) return;
    await tx.db
      .update(verificationTasks)
      .set({
        runLeaseUntil: null,
        runDueAt: retry ? at : null,
        lastRunError: error,
        state: 'in-progress',
      })
      .where(eq(verificationTasks.id, task.id));
  });
}

/** Runs the online checks due now (a batch at a time); answers how many were settled. */
export async function runDueOnlineChecks(options: {
  database: Database;
  source: SharedDataSource;
  now: () => Date;
  actor: AuditActor;
  taskId?: string;
  batch?: number;
}): Promise<CheckRun[]> {
  const claimed = await claim(options.database, options.now(), {
    taskId: options.taskId,
    batch: options.batch ?? 10,
  });
  const runs: CheckRun[] = [];
  for (const task of claimed) runs.push(await runClaimed(options.database, options.source, task, options));
  return runs;
}
