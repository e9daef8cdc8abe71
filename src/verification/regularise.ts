import { and, eq, sql } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import { formatDate } from '../common/dates.ts';
import { taskWorkflow } from '../common/verification-task-states.ts';
import { closeDeadline, registerDeadline } from '../inbox/index.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import { provenParty } from '../platform/auth/proven-party.ts';
import { countDue } from '../platform/calendar/index.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { notifyParty } from './notify-party.ts';
import { regularisations, verificationEvidence, verificationTasks } from './schema.ts';
import { lockTask } from './task-access.ts';

/** VER-7: working days an applicant has to correct a good-faith error, unless the verifier says otherwise. */
export const DEFAULT_CORRECTION_DAYS = 5;

/**
 * VER-7: the verifier judges a discrepancy a good-faith error (a typo, an outdated address): the
 * applicant is told what to correct and by when. Nothing is written to the integrity file.
 */
export async function requestRegularisation(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: { request: string; workingDays?: number };
  now: Date;
}) {
  const { actor, now, input } = options;
  assertCan(actor, 'verification.perform');
  const calendar = await loadWorkingCalendar(options.database.db);
  await options.database.transaction(async (tx) => {
    const task = await lockTask(tx, actor, options.id);
    const next = taskWorkflow.next(task.state, 'regularise');
    const due = countDue(calendar, shanghaiDate(now), input.workingDays ?? DEFAULT_CORRECTION_DAYS);
    const [caseRow] = await tx.db
      .select({
        id: cases.id,
        caseNo: cases.caseNo,
        partyId: cases.partyId,
        agencyJurisdiction: agencies.jurisdictionCode,
      })
      .from(cases)
      .innerJoin(agencies, eq(agencies.id, cases.agencyId))
      .where(eq(cases.id, task.caseId));
    const [row] = await tx.db
      .insert(regularisations)
      .values({
        taskId: task.id,
        caseId: task.caseId,
        request: input.request,
        dueDate: due.dueDate,
        state: 'open',
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    await tx.db
      .update(verificationTasks)
      .set({ state: next, revision: sql`${verificationTasks.revision} + 1` })
      .where(eq(verificationTasks.id, task.id));
    await registerDeadline(tx, {
      input: {
        key: `regularisation:${row!.id}`,
        districtCode: task.districtCode,
        title: `补正期限 ${caseRow!.caseNo}「${task.proofName}」`,
        titleEn: `Correction due for ${caseRow!.caseNo} (${task.proofName})`,
        ...due,
        responsibleJurisdictionCode: caseRow!.agencyJurisdiction,
        responsibleAgencyId: task.agencyId,
        responsibleRole: 'verifier',
        link: `/workbench/verification/${task.id}`,
      },
      actor: actorOf(actor),
      now,
    });
    await recordAudit(tx, {
      chain: task.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'verification.regularisation-requested',
      entityType: 'verification-task',
      entityId: task.id,
      after: { regularisationId: row!.id, request: input.request, dueDate: due.dueDate },
    });
    await notifyParty(tx, {
      topic: 'correction',
      partyId: caseRow!.partyId,
      districtCode: task.districtCode,
      caseId: task.caseId,
      title: `${caseRow!.caseNo} 请于${formatDate(due.dueDate)}前补正「${task.proofName}」`,
      titleEn: `${caseRow!.caseNo}: correct "${task.proofName}" by ${formatDate(due.dueDate, 'en')}`,
      body: `核查发现与共享数据不一致，经判断属非主观故意的差错，不影响您的信用：${input.request}。请在案件页面提交补正说明；逾期未补正的，按事项规定处理。`,
      bodyEn: `Verification found a discrepancy judged a good-faith error; it does not affect your credit: ${input.request}. Submit your correction on the case page; if not corrected in time, the matter's rules apply.`,
      now,
    });
  });
}

/** VER-7: the applicant's correction comes back to the verifier, who checks it and records the result. */
export async function submitCorrection(options: {
  database: Database;
  actor: Actor;
  id: string;
  correction: string;
  now: Date;
}) {
  const { actor, now } = options;
  const partyId = provenParty(actor);
  await options.database.transaction(async (tx) => {
    const [row] = await tx.db
      .select({ regularisation: regularisations, task: verificationTasks })
      .from(regularisations)
      .innerJoin(verificationTasks, eq(verificationTasks.id, regularisations.taskId))
      .innerJoin(cases, eq(cases.id, regularisations.caseId))
      .where(and(eq(regularisations.id, options.id), eq(cases.partyId, partyId)))
      .for('update');
    if (!row) throw new DomainError('NOT_FOUND', '补正事项不存在', 'No such correction request');
    if (row.regularisation.state !== 'open')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该补正已处理',
        'This correction is no longer open',
        'state',
      );
    const next = taskWorkflow.next(row.task.state, 'receive-correction');
    await tx.db
      .update(regularisations)
      .set({ state: 'corrected', correction: options.correction, correctedAt: now })
      .where(eq(regularisations.id, options.id));
    await tx.db
      .update(verificationTasks)
      .set({ state: next, revision: sql`${verificationTasks.revision} + 1` })
      .where(eq(verificationTasks.id, row.task.id));
    await closeDeadline(tx, {
      key: `regularisation:${options.id}`,
      state: 'done',
      actor: actorOf(actor),
      now,
    });
    await tx.db.insert(verificationEvidence).values({
      taskId: row.task.id,
      kind: 'correction',
      summary: `申请人补正：${options.correction}`,
      recordedBy: actor.userId,
      recordedAt: now,
    });
    await recordAudit(tx, {
      chain: row.task.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'verification.correction-received',
      entityType: 'verification-task',
      entityId: row.task.id,
      after: { regularisationId: options.id, correction: options.correction },
    });
  });
}
