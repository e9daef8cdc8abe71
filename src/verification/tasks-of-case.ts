import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { CaseVerificationTask } from '../cases/index.ts';
import { creditObjections } from '../credit/index.ts';
import { agencies } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { falseCommitmentHandlings, handlingActions, regularisations, verificationTasks } from './schema.ts';

/**
 * VER-9: a case's verification per commitment (method, checking agency, due date, state, result) with
 * its regularisation or handling record, for the case page (its caller has checked the case is visible).
 */
export async function tasksOfCase(db: AppDb, caseId: string): Promise<CaseVerificationTask[]> {
  const tasks = await db
    .select({ task: verificationTasks, agencyName: agencies.name })
    .from(verificationTasks)
    .innerJoin(agencies, eq(agencies.id, verificationTasks.agencyId))
    .where(eq(verificationTasks.caseId, caseId))
    .orderBy(asc(verificationTasks.proofName));
  if (tasks.length === 0) return [];
  const ids = tasks.map((t) => t.task.id);
  const [asked, handlings, objections] = await Promise.all([
    db
      .select()
      .from(regularisations)
      .where(inArray(regularisations.taskId, ids))
      .orderBy(desc(regularisations.createdAt)),
    db.select().from(falseCommitmentHandlings).where(eq(falseCommitmentHandlings.caseId, caseId)),
    db
      .select()
      .from(creditObjections)
      .where(inArray(creditObjections.taskId, ids))
      .orderBy(desc(creditObjections.filedAt)),
  ]);
  const actions = handlings.length
    ? await db
        .select()
        .from(handlingActions)
        .where(
          inArray(
            handlingActions.handlingId,
            handlings.map((h) => h.id),
          ),
        )
        .orderBy(asc(handlingActions.recordedAt))
    : [];
  return tasks.map(({ task: t, agencyName }) => {
    const regularisation = asked.find((r) => r.taskId === t.id);
    const handling = handlings.find((h) => h.commitmentId === t.commitmentId);
    const objection = objections.find((o) => o.taskId === t.id);
    return {
      id: t.id,
      proofName: t.proofName,
      kind: t.kind,
      verification: t.verification,
      method: t.method,
      checkingAgency: agencyName,
      assistingAgency: t.assistingAgency,
      dueDate: t.dueDate,
      state: t.state,
      outcome: t.outcome,
      outcomeReason: t.outcomeReason,
      finishedAt: t.finishedAt?.toISOString() ?? null,
      objection: objection
        ? { id: objection.id, state: objection.state, dueOn: objection.dueOn, answer: objection.answer }
        : null,
      regularisation: regularisation
        ? {
            id: regularisation.id,
            request: regularisation.request,
            dueDate: regularisation.dueDate,
            state: regularisation.state,
          }
        : null,
      handling: handling
        ? {
            id: handling.id,
            stage: handling.stage,
            finding: handling.finding,
            actions: actions
              .filter((a) => a.handlingId === handling.id)
              .map((a) => ({
                kind: a.kind,
                documentNo: a.documentNo,
                decidedOn: a.decidedOn,
                deadline: a.deadline,
                state: a.state,
              })),
          }
        : null,
    };
  });
}
