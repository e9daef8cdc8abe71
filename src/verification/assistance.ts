import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import { formatDate } from '../common/dates.ts';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { taskWorkflow } from '../common/verification-task-states.ts';
import { closeDeadline, registerDeadline } from '../inbox/index.ts';
import { agencies, districtSettings, jurisdictions, parties } from '../organisation/index.ts';
import { actorOf, recordAudit, systemActor } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import { countDue } from '../platform/calendar/index.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { notifyStaff } from './notify-party.ts';
import { assistanceRequests, verificationEvidence, verificationTasks } from './schema.ts';
import { canSeeTask, lockTask, taskNotFound } from './task-access.ts';
import { attachedDocuments } from './verification-files.ts';

const DEFAULT_ASSISTANCE_DAYS = 10;

/** Who acts in one district's chain for the other district's officer (跨区域协查). */
const CROSS_DISTRICT = systemActor('跨区域协查');

export const assistanceNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '协查请求不存在或不是发给本单位的',
    'No such assistance request for your agency',
  );

/** The assisting agency: the one the verifier picked, else the one the item names in the task's district. */
async function assistingAgency(
  database: Database,
  task: { districtCode: string; assistingAgency: string | null },
  agencyId?: string,
) {
  const [agency] = await database.db
    .select({
      id: agencies.id,
      name: agencies.name,
      districtCode: agencies.districtCode,
      jurisdictionCode: agencies.jurisdictionCode,
    })
    .from(agencies)
    .where(
      and(
        eq(agencies.active, true),
        isNotNull(agencies.districtCode),
        agencyId
          ? eq(agencies.id, agencyId)
          : and(eq(agencies.districtCode, task.districtCode), eq(agencies.name, task.assistingAgency ?? '')),
      ),
    );
  if (!agency)
    throw invalid(
      'agencyId',
      agencyId ? '协查单位不存在或未在本平台开通' : '清单未写明本平台的协查单位，请选择协查单位',
      agencyId
        ? 'No such assisting agency on this platform'
        : 'The item names no assisting agency here; pick one',
    );
  return { ...agency, districtCode: agency.districtCode! };
}

/**
 * VER-4: asks another agency (行政协助), possibly of the other district served here (跨区域协查). The
 * request carries only the matter, the fact to confirm and the subject's name and masked identifier.
 */
export async function requestAssistance(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: { agencyId?: string; question: string };
  now: Date;
}) {
  const { database, actor, now } = options;
  assertCan(actor, 'verification.perform');
  const [peek] = await database.db
    .select()
    .from(verificationTasks)
    .where(eq(verificationTasks.id, options.id));
  if (!peek || !canSeeTask(actor, peek)) throw taskNotFound();
  const target = await assistingAgency(database, peek, options.input.agencyId);
  const calendar = await loadWorkingCalendar(database.db);
  return database.transaction(async (tx) => {
    const task = await lockTask(tx, actor, options.id);
    const next = taskWorkflow.next(task.state, 'request-assistance');
    const [context] = await tx.db
      .select({
        matterName: cases.matterName,
        caseNo: cases.caseNo,
        partyName: parties.name,
        identifier: parties.identifier,
        days: districtSettings.assistanceWorkingDays,
      })
      .from(cases)
      .innerJoin(parties, eq(parties.id, cases.partyId))
      .leftJoin(districtSettings, eq(districtSettings.districtCode, cases.districtCode))
      .where(eq(cases.id, task.caseId));
    const due = countDue(calendar, shanghaiDate(now), context!.days ?? DEFAULT_ASSISTANCE_DAYS);
    const [request] = await tx.db
      .insert(assistanceRequests)
      .values({
        taskId: task.id,
        requestingDistrictCode: task.districtCode,
        requestingAgencyId: task.agencyId,
        assistingDistrictCode: target.districtCode,
        assistingAgencyId: target.id,
        matterName: context!.matterName,
        proofName: task.proofName,
        question: options.input.question,
        subjectName: context!.partyName,
        subjectIdentifierMasked: maskIdentifier(context!.identifier),
        dueDate: due.dueDate,
        state: 'open',
        requestedBy: actor.userId,
        requestedAt: now,
      })
      .returning();
    await tx.db
      .update(verificationTasks)
      .set({ state: next, assistingAgency: target.name, revision: sql`${verificationTasks.revision} + 1` })
      .where(eq(verificationTasks.id, task.id));
    await registerDeadline(tx, {
      input: {
        key: `assistance:${request!.id}`,
        districtCode: target.districtCode,
        title: `协查请求「${task.proofName}」（${context!.matterName}）`,
        titleEn: `Assistance requested: ${task.proofName} (${context!.matterName})`,
        ...due,
        responsibleJurisdictionCode: target.jurisdictionCode,
        responsibleAgencyId: target.id,
        responsibleRole: 'assisting-officer',
        link: '/workbench/assistance',
      },
      // Written in the assisting district's chain, which names no one of the requesting district.
      actor: target.districtCode === task.districtCode ? actorOf(actor) : CROSS_DISTRICT,
      now,
    });
    await recordAudit(tx, {
      chain: task.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'verification.assistance-requested',
      entityType: 'verification-task',
      entityId: task.id,
      after: {
        requestId: request!.id,
        assistingAgency: target.name,
        dueDate: due.dueDate,
      },
    });
    await notifyStaff(tx, {
      agencyId: target.id,
      roles: ['assisting-officer'],
      districtCode: target.districtCode,
      title: `新的协查请求：${task.proofName}`,
      titleEn: `New assistance request: ${task.proofName}`,
      body: `${context!.matterName}：${options.input.question}（请于 ${formatDate(due.dueDate)}前答复）`,
      bodyEn: `${context!.matterName}: ${options.input.question} (answer by ${formatDate(due.dueDate, 'en')})`,
      link: '/workbench/assistance',
      now,
    });
    return request!;
  });
}

/** VER-4: the assisting agency answers; the answer and its attachments come back into the task. */
export async function answerAssistance(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: { outcome: 'true' | 'false' | 'unverifiable'; answer: string; attachments?: string[] };
  now: Date;
}) {
  const { database, actor, now, input } = options;
  assertCan(actor, 'verification.assist');
  await database.transaction(async (tx) => {
    const [request] = await tx.db
      .select()
      .from(assistanceRequests)
      .where(eq(assistanceRequests.id, options.id))
      .for('update');
    if (!request || request.assistingAgencyId !== actor.agencyId) throw assistanceNotFound();
    if (request.state !== 'open')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该协查请求已答复',
        'This request has already been answered',
        'state',
      );
    const [task] = await tx.db
      .select()
      .from(verificationTasks)
      .where(eq(verificationTasks.id, request.taskId))
      .for('update');
    const next = taskWorkflow.next(task!.state, 'receive-assistance');
    const documents = await attachedDocuments(
      tx,
      actor,
      request.requestingDistrictCode,
      input.attachments ?? [],
    );
    await tx.db
      .update(assistanceRequests)
      .set({
        state: 'answered',
        answerOutcome: input.outcome,
        answer: input.answer,
        answerDocumentIds: documents,
        answeredBy: actor.userId,
        answeredAt: now,
      })
      .where(eq(assistanceRequests.id, request.id));
    await tx.db
      .update(verificationTasks)
      .set({ state: next, revision: sql`${verificationTasks.revision} + 1` })
      .where(eq(verificationTasks.id, task!.id));
    const [agency] = await tx.db
      .select({ name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, request.assistingAgencyId));
    const outcomeWord = { true: '属实', false: '不实', unverifiable: '无法核查' }[input.outcome];
    await tx.db.insert(verificationEvidence).values(
      (documents.length ? documents : [null]).map((documentId) => ({
        taskId: task!.id,
        kind: 'assistance-answer' as const,
        summary: `${agency!.name}协查答复（${outcomeWord}）：${input.answer}`,
        comparison: { outcome: input.outcome },
        documentId,
        recordedBy: actor.userId,
        recordedAt: now,
      })),
    );
    await closeDeadline(tx, { key: `assistance:${request.id}`, state: 'done', actor: actorOf(actor), now });
    for (const chain of new Set([request.requestingDistrictCode, request.assistingDistrictCode]))
      await recordAudit(tx, {
        chain,
        actor: chain === request.assistingDistrictCode ? actorOf(actor) : CROSS_DISTRICT,
        at: now,
        action: 'verification.assistance-answered',
        entityType: 'assistance-request',
        entityId: request.id,
        after: { outcome: input.outcome, answer: input.answer, documents },
      });
    await notifyStaff(tx, {
      agencyId: request.requestingAgencyId,
      roles: ['verifier'],
      districtCode: request.requestingDistrictCode,
      title: `协查已答复：${request.proofName}（${outcomeWord}）`,
      titleEn: `Assistance answered: ${request.proofName}`,
      body: `${agency!.name}：${input.answer}`,
      bodyEn: `${agency!.name}: ${input.answer}`,
      link: `/workbench/verification/${task!.id}`,
      now,
    });
  });
}

/** VER-4: the agencies that may be asked, in every district served (跨区域协查): names only. */
export async function assistingAgencies(db: AppDb) {
  const rows = await db
    .select({
      id: agencies.id,
      name: agencies.name,
      districtCode: agencies.districtCode,
      districtName: jurisdictions.name,
    })
    .from(agencies)
    .innerJoin(jurisdictions, eq(jurisdictions.code, agencies.districtCode))
    .where(eq(agencies.active, true))
    .orderBy(agencies.districtCode, agencies.name);
  return rows.map((r) => ({ ...r, districtCode: r.districtCode! }));
}
