import { and, asc, eq, sql } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import type { TaskState } from '../common/verification-task-states.ts';
import { countWarnings } from '../inbox/index.ts';
import type { VerificationClass } from '../lists/index.ts';
import { agencies, parties } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { verificationTasks } from './schema.ts';
import { visibleTasks } from './task-access.ts';

export interface TaskFilter {
  state?: TaskState;
  method?: VerificationClass;
  matter?: string;
  agencyId?: string;
}

export const taskColumns = {
  task: verificationTasks,
  caseNo: cases.caseNo,
  matterName: cases.matterName,
  decidedOn: cases.decidedOn,
  partyName: parties.name,
  partyIdentifier: parties.identifier,
  agencyName: agencies.name,
};

export const taskRows = (db: AppDb) =>
  db
    .select(taskColumns)
    .from(verificationTasks)
    .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
    .innerJoin(parties, eq(parties.id, cases.partyId))
    .innerJoin(agencies, eq(agencies.id, verificationTasks.agencyId));

type TaskRowWithCase = Awaited<ReturnType<typeof taskRows>>[number];

/** A task as lists show it; overdue the working day after its due date (SPEC §10 Clocks). */
export function taskSummary(row: TaskRowWithCase, calendar: WorkingCalendar, now: Date) {
  const { task, decidedOn } = row;
  return {
    id: task.id,
    caseId: task.caseId,
    caseNo: row.caseNo,
    matterName: row.matterName,
    decidedOn,
    proofName: task.proofName,
    partyName: row.partyName,
    kind: task.kind,
    verification: task.verification,
    method: task.method,
    agencyId: task.agencyId,
    agencyName: row.agencyName,
    assistingAgency: task.assistingAgency,
    dueDate: task.dueDate,
    dueWarnings: task.dueDate && decidedOn ? countWarnings(calendar, decidedOn, task.dueDate) : [],
    overdue: task.state !== 'done' && task.dueDate !== null && task.dueDate < shanghaiDate(now),
    state: task.state,
    outcome: task.outcome,
    visitId: task.visitId,
  };
}

/** VER-1: the verification tasks of the actor's agency (or of the districts they reach), soonest due first. */
export async function listVerificationTasks(db: AppDb, actor: Actor, filter: TaskFilter, now: Date) {
  const rows = await taskRows(db)
    .where(
      and(
        visibleTasks(actor),
        filter.state ? eq(verificationTasks.state, filter.state) : undefined,
        filter.method ? eq(verificationTasks.verification, filter.method) : undefined,
        filter.matter ? sql`strpos(${cases.matterName}, ${filter.matter}) > 0` : undefined,
        filter.agencyId ? eq(verificationTasks.agencyId, filter.agencyId) : undefined,
      ),
    )
    .orderBy(sql`${verificationTasks.state} = 'done'`, asc(verificationTasks.dueDate), asc(cases.caseNo));
  const calendar = await loadWorkingCalendar(db);
  return rows.map((row) => taskSummary(row, calendar, now));
}
