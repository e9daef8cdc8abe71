import { and, eq, sql } from 'drizzle-orm';
import { taskWorkflow } from '../common/verification-task-states.ts';
import { storedDocuments } from '../documents/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { verificationEvidence, verificationTasks } from './schema.ts';
import { canSeeTask, lockTask, taskNotFound } from './task-access.ts';

/**
 * VER-1: the verifier takes a planned task up; for an online task (again) its check is made due now,
 * so the runner or the request that follows runs it once.
 */
export async function startTask(options: {
  database: Database;
  actor: Actor;
  id: string;
  now: Date;
  online: boolean;
  revision?: number;
}) {
  const { actor, now } = options;
  await options.database.transaction(async (tx) => {
    const task = await lockTask(tx, actor, options.id, options.revision);
    if (options.online) {
      if (task.verification !== 'online' || !['planned', 'in-progress'].includes(task.state))
        throw new DomainError(
          'ILLEGAL_TRANSITION',
          '只有进行中的线上核查任务可以立即核查',
          'Only an open online task can be checked now',
          'state',
        );
      await tx.db
        .update(verificationTasks)
        .set({ runDueAt: now, runAttempts: 0 })
        .where(eq(verificationTasks.id, task.id));
      return;
    }
    const next = taskWorkflow.next(task.state, 'start');
    await tx.db
      .update(verificationTasks)
      .set({ state: next, revision: sql`${verificationTasks.revision} + 1` })
      .where(eq(verificationTasks.id, task.id));
    await recordAudit(tx, {
      chain: task.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'verification.started',
      entityType: 'verification-task',
      entityId: task.id,
    });
  });
}

const extensions: Record<string, string> = {
  'application/json': '.json',
  'application/pdf': '.pdf',
  'image/jpeg': '.jpg',
  'image/png': '.png',
};

/** A task's piece of evidence as stored (DOC-6), for those who see the task. */
export async function evidenceOf(db: AppDb, actor: Actor, taskId: string, evidenceId: string) {
  const [row] = await db
    .select({ task: verificationTasks, document: storedDocuments })
    .from(verificationEvidence)
    .innerJoin(verificationTasks, eq(verificationTasks.id, verificationEvidence.taskId))
    .innerJoin(storedDocuments, eq(storedDocuments.id, verificationEvidence.documentId))
    .where(and(eq(verificationEvidence.id, evidenceId), eq(verificationEvidence.taskId, taskId)));
  if (!row || !canSeeTask(actor, row.task)) throw taskNotFound();
  const { document } = row;
  return { ...document, extension: extensions[document.contentType] ?? '' };
}
