import { and, asc, eq } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import { countWarnings } from '../inbox/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb } from '../platform/db/database.ts';
import { verificationTasks } from './schema.ts';

/** VER-1: the verification tasks of the actor's agency (or of the districts they reach), soonest due first. */
export async function listVerificationTasks(db: AppDb, actor: Actor) {
  const rows = await db
    .select({
      task: verificationTasks,
      caseNo: cases.caseNo,
      matterName: cases.matterName,
      decidedOn: cases.decidedOn,
    })
    .from(verificationTasks)
    .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
    .where(
      and(
        withinReach(actor, verificationTasks.districtCode),
        actor.agencyId ? eq(verificationTasks.agencyId, actor.agencyId) : undefined,
      ),
    )
    .orderBy(asc(verificationTasks.dueDate));
  const calendar = await loadWorkingCalendar(db);
  return rows.map(({ task, caseNo, matterName, decidedOn }) => ({
    id: task.id,
    caseId: task.caseId,
    caseNo,
    matterName,
    decidedOn,
    proofName: task.proofName,
    kind: task.kind,
    verification: task.verification,
    method: task.method,
    assistingAgency: task.assistingAgency,
    dueDate: task.dueDate,
    dueWarnings: task.dueDate && decidedOn ? countWarnings(calendar, decidedOn, task.dueDate) : [],
    state: task.state,
  }));
}
