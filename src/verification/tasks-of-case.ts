import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { verificationTasks } from './schema.ts';

/** VER-1: a case's verification tasks, for the case page (its caller has checked the case is visible). */
export async function tasksOfCase(db: AppDb, caseId: string) {
  const tasks = await db
    .select()
    .from(verificationTasks)
    .where(eq(verificationTasks.caseId, caseId))
    .orderBy(asc(verificationTasks.proofName));
  return tasks.map((t) => ({
    id: t.id,
    proofName: t.proofName,
    kind: t.kind,
    verification: t.verification,
    method: t.method,
    assistingAgency: t.assistingAgency,
    dueDate: t.dueDate,
    state: t.state,
  }));
}
