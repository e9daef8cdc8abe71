import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { commitments } from '../cases/index.ts';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { factDefinition } from '../common/shared-records.ts';
import { taskWorkflow } from '../common/verification-task-states.ts';
import { creditObjections } from '../credit/index.ts';
import { storedDocuments } from '../documents/index.ts';
import { users } from '../organisation/index.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { can } from '../platform/auth/permissions.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb } from '../platform/db/database.ts';
import { assistanceViews, requestsOfTask } from './list-assistance.ts';
import { taskRows, taskSummary } from './list-verification-tasks.ts';
import {
  assistanceRequests,
  falseCommitmentHandlings,
  onSiteVisits,
  regularisations,
  verificationEvidence,
  verificationTasks,
} from './schema.ts';
import { canSeeTask, taskNotFound } from './task-access.ts';
import { visitViews } from './visits.ts';

/** What a history line says beyond its action: the reason, answer or error it recorded. */
const noteOf = (after: unknown): string | null => {
  const a = (after ?? {}) as Record<string, unknown>;
  const note = a.reason ?? a.answer ?? a.request ?? a.error ?? a.findings;
  return typeof note === 'string' ? note : null;
};

/**
 * VER-1: one task as the verifier works on it: the commitment and its facts, the item's method and
 * standard, the evidence gathered (with SM3), assistance, regularisation, handling and history.
 */
export async function getTask(db: AppDb, actor: Actor, id: string, now: Date) {
  const [row] = await taskRows(db).where(eq(verificationTasks.id, id));
  if (!row || !canSeeTask(actor, row.task)) throw taskNotFound();
  const { task } = row;
  const [commitment] = await db.select().from(commitments).where(eq(commitments.id, task.commitmentId));
  const requestIds = (
    await db
      .select({ id: assistanceRequests.id })
      .from(assistanceRequests)
      .where(eq(assistanceRequests.taskId, task.id))
  ).map((r) => r.id);
  const [evidence, requests, asked, handling, visits, history, calendar] = await Promise.all([
    db
      .select({ evidence: verificationEvidence, sm3: storedDocuments.sm3 })
      .from(verificationEvidence)
      .leftJoin(storedDocuments, eq(storedDocuments.id, verificationEvidence.documentId))
      .where(eq(verificationEvidence.taskId, task.id))
      .orderBy(asc(verificationEvidence.recordedAt)),
    requestsOfTask(db, task.id),
    db
      .select()
      .from(regularisations)
      .where(eq(regularisations.taskId, task.id))
      .orderBy(asc(regularisations.createdAt)),
    db
      .select({ id: falseCommitmentHandlings.id })
      .from(falseCommitmentHandlings)
      .where(eq(falseCommitmentHandlings.commitmentId, task.commitmentId)),
    task.visitId
      ? db.select().from(onSiteVisits).where(eq(onSiteVisits.id, task.visitId))
      : Promise.resolve([]),
    db
      .select({ entry: auditEntries, displayName: users.displayName })
      .from(auditEntries)
      .leftJoin(users, sql`${users.id}::text = ${auditEntries.actorId}::text`)
      .where(
        and(
          eq(auditEntries.chain, task.districtCode),
          // The task's and its case's entries, and the answers to its assistance requests (the other
          // district's officer who gave one is named in their own chain, not here).
          inArray(auditEntries.entityId, [task.id, task.caseId, ...requestIds]),
        ),
      )
      .orderBy(asc(auditEntries.seq)),
    loadWorkingCalendar(db),
  ]);
  const recordType = commitment!.matterFacts?.recordType ?? null;
  const regularisation = asked.at(-1);
  const [objection] = await db
    .select({ state: creditObjections.state, dueOn: creditObjections.dueOn, answer: creditObjections.answer })
    .from(creditObjections)
    .where(eq(creditObjections.taskId, task.id))
    .orderBy(desc(creditObjections.filedAt))
    .limit(1);
  return {
    ...taskSummary(row, calendar, now),
    standard: task.standard,
    partyIdentifier: maskIdentifier(row.partyIdentifier),
    outcomeReason: task.outcomeReason,
    followUp: task.followUp,
    objection: objection ?? null,
    commitment: {
      id: commitment!.id,
      signedAt: commitment!.signedAt.toISOString(),
      textSm3: commitment!.textSm3,
      recordType,
      facts: Object.entries(commitment!.facts ?? {}).map(([key, value]) => ({
        key,
        label: (recordType && factDefinition(recordType, key)?.label) || key,
        value: String(value),
      })),
    },
    evidence: evidence.map(({ evidence: e, sm3 }) => ({
      id: e.id,
      kind: e.kind,
      summary: e.summary,
      comparison: e.comparison,
      documentId: e.documentId,
      sm3,
      recordedAt: e.recordedAt.toISOString(),
      recordedBy: e.recordedBy,
    })),
    assistance: await assistanceViews(db, requests, actor, now),
    regularisation: regularisation
      ? {
          id: regularisation.id,
          request: regularisation.request,
          dueDate: regularisation.dueDate,
          state: regularisation.state,
        }
      : null,
    handlingId: handling[0]?.id ?? null,
    visit: (await visitViews(db, visits))[0] ?? null,
    history: history
      .filter(
        ({ entry: h }) =>
          h.entityId === task.id || h.action.startsWith('verification.') || h.action === 'case.approved',
      )
      .map(({ entry: h, displayName }) => ({
        at: h.occurredAt.toISOString(),
        action: h.action,
        actorName: displayName ?? h.actorName,
        note: noteOf(h.after),
      })),
    allowedActions: can(actor, 'verification.perform')
      ? [
          ...taskWorkflow.allowedActions(task.state),
          ...(task.verification === 'online' && ['planned', 'in-progress'].includes(task.state)
            ? ['run-online']
            : []),
        ]
      : [],
    revision: task.revision,
  };
}
