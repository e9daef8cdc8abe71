import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { formatDate } from '../common/dates.ts';
import { taskWorkflow } from '../common/verification-task-states.ts';
import { storedDocuments } from '../documents/index.ts';
import { parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { evidenceRows, settleTask } from './record-result.ts';
import { type Inspector, onSiteVisits, verificationEvidence, verificationTasks } from './schema.ts';
import { lockTask, visibleTasks } from './task-access.ts';
import { attachedDocuments } from './verification-files.ts';

const visitNotFound = () =>
  new DomainError('NOT_FOUND', '现场核查不存在或不属于本单位', 'No such visit of your agency');

/** Where a commitment says the place is (经营场所, 住所), from its committed facts. */
const placeOf = (facts: Record<string, string | number> | null) =>
  String(facts?.address ?? facts?.location ?? '').trim();

/** The on-site tasks still to visit, with their party and place. */
async function unvisited(db: AppDb, actor: Actor) {
  return db
    .select({
      id: verificationTasks.id,
      caseNo: cases.caseNo,
      proofName: verificationTasks.proofName,
      partyId: parties.id,
      partyName: parties.name,
      facts: commitments.facts,
    })
    .from(verificationTasks)
    .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
    .innerJoin(commitments, eq(commitments.id, verificationTasks.commitmentId))
    .innerJoin(parties, eq(parties.id, cases.partyId))
    .where(
      and(
        visibleTasks(actor),
        eq(verificationTasks.verification, 'on-site'),
        inArray(verificationTasks.state, ['planned', 'in-progress']),
        isNull(verificationTasks.visitId),
      ),
    )
    .orderBy(asc(verificationTasks.dueDate));
}

/**
 * VER-3 (避免烦企扰民): on-site tasks that one visit could check: those of the same party, or at the
 * same place. A task appears in one proposal only (the party's first).
 */
export async function visitProposals(db: AppDb, actor: Actor) {
  assertCan(actor, 'verification.perform');
  const tasks = await unvisited(db, actor);
  const proposals: {
    reason: 'same-party' | 'same-address';
    partyName: string;
    address: string;
    tasks: { id: string; caseNo: string; proofName: string }[];
  }[] = [];
  const taken = new Set<string>();
  const group = (reason: 'same-party' | 'same-address', key: (t: (typeof tasks)[number]) => string) => {
    const groups = new Map<string, typeof tasks>();
    for (const t of tasks.filter((t) => !taken.has(t.id) && key(t)))
      groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      for (const m of members) taken.add(m.id);
      proposals.push({
        reason,
        partyName: [...new Set(members.map((m) => m.partyName))].join('、'),
        address: members.map((m) => placeOf(m.facts)).find(Boolean) ?? '',
        tasks: members.map(({ id, caseNo, proofName }) => ({ id, caseNo, proofName })),
      });
    }
  };
  group('same-party', (t) => t.partyId);
  group('same-address', (t) => placeOf(t.facts));
  return proposals;
}

/** VER-3: one visit for one or more on-site tasks, by two or more inspectors with their 执法证号. */
export async function scheduleVisit(options: {
  database: Database;
  actor: Actor;
  input: { taskIds: string[]; scheduledOn: string; address: string; inspectors: Inspector[] };
  now: Date;
}) {
  const { actor, input, now } = options;
  assertCan(actor, 'verification.perform');
  const numbers = input.inspectors.map((i) => i.certificateNo.toUpperCase());
  if (new Set(numbers).size !== numbers.length)
    throw invalid('inspectors', '同一执法人员不能重复安排', 'An inspector is named twice');
  if (new Set(input.taskIds).size !== input.taskIds.length)
    throw invalid('taskIds', '核查任务重复', 'A task is named twice');
  return options.database.transaction(async (tx) => {
    const tasks = [];
    for (const id of input.taskIds) tasks.push(await lockTask(tx, actor, id));
    const [first] = tasks;
    for (const [index, task] of tasks.entries()) {
      if (task.verification !== 'on-site' || task.visitId)
        throw invalid(
          `taskIds[${index}]`,
          `「${task.proofName}」不是待安排的现场核查任务`,
          `"${task.proofName}" is not an on-site task to schedule`,
        );
      if (task.agencyId !== first!.agencyId)
        throw invalid(
          `taskIds[${index}]`,
          '一次现场核查只能合并本单位的任务',
          'A visit merges one agency’s tasks only',
        );
      taskWorkflow.next(task.state, 'schedule-visit');
    }
    const [visit] = await tx.db
      .insert(onSiteVisits)
      .values({
        districtCode: first!.districtCode,
        agencyId: first!.agencyId,
        scheduledOn: input.scheduledOn,
        address: input.address,
        inspectors: input.inspectors,
        state: 'scheduled',
        scheduledBy: actor.userId,
        createdAt: now,
      })
      .returning();
    await tx.db
      .update(verificationTasks)
      .set({ visitId: visit!.id, state: 'in-progress' })
      .where(inArray(verificationTasks.id, input.taskIds));
    await recordAudit(tx, {
      chain: first!.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'verification.visit-scheduled',
      entityType: 'on-site-visit',
      entityId: visit!.id,
      after: {
        tasks: input.taskIds,
        scheduledOn: input.scheduledOn,
        address: input.address,
        inspectors: input.inspectors,
      },
    });
    return visit!;
  });
}

/** VER-3: the visit's findings and attachments, and each of its tasks' result, recorded at once. */
export async function recordVisit(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: {
    findings: string;
    results: { taskId: string; outcome: 'true' | 'false' | 'unverifiable'; reason: string }[];
    attachments?: string[];
  };
  now: Date;
}) {
  const { actor, input, now } = options;
  assertCan(actor, 'verification.perform');
  await options.database.transaction(async (tx) => {
    const [visit] = await tx.db
      .select()
      .from(onSiteVisits)
      .where(eq(onSiteVisits.id, options.id))
      .for('update');
    if (!visit || visit.agencyId !== actor.agencyId) throw visitNotFound();
    if (visit.state !== 'scheduled')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该现场核查已记录',
        'This visit is already recorded',
        'state',
      );
    const members = await tx.db
      .select({ id: verificationTasks.id })
      .from(verificationTasks)
      .where(eq(verificationTasks.visitId, visit.id));
    const missing = members.find((m) => !input.results.some((r) => r.taskId === m.id));
    if (missing || input.results.length !== members.length)
      throw invalid(
        'results',
        '须为本次现场核查的每项任务记录结果',
        'Record a result for each task of this visit',
      );
    const documents = await attachedDocuments(tx, actor, visit.districtCode, input.attachments ?? []);
    await tx.db
      .update(onSiteVisits)
      .set({
        state: 'recorded',
        findings: input.findings,
        documentIds: documents,
        recordedBy: actor.userId,
        recordedAt: now,
      })
      .where(eq(onSiteVisits.id, visit.id));
    for (const result of input.results) {
      const task = await lockTask(tx, actor, result.taskId);
      await tx.db
        .insert(verificationEvidence)
        .values(
          evidenceRows(
            task.id,
            documents,
            `现场核查（${formatDate(visit.scheduledOn)}，${visit.inspectors.map((i) => i.name).join('、')}）：${input.findings}`,
            actor.userId,
            now,
          ).map((row) => ({ ...row, kind: 'on-site-record' as const })),
        );
      await settleTask(
        tx,
        task,
        { outcome: result.outcome, reason: result.reason, followUp: null },
        { actor: actorOf(actor), userId: actor.userId, now },
      );
    }
    await recordAudit(tx, {
      chain: visit.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'verification.visit-recorded',
      entityType: 'on-site-visit',
      entityId: visit.id,
      after: { findings: input.findings, results: input.results, documents },
    });
  });
}

/** VER-3: a visit as the workbench shows it, with its tasks and the SM3 of its attachments. */
export async function visitViews(db: AppDb, visits: (typeof onSiteVisits.$inferSelect)[]) {
  if (visits.length === 0) return [];
  const ids = visits.map((v) => v.id);
  const tasks = await db
    .select({
      id: verificationTasks.id,
      visitId: verificationTasks.visitId,
      caseNo: cases.caseNo,
      proofName: verificationTasks.proofName,
    })
    .from(verificationTasks)
    .innerJoin(cases, eq(cases.id, verificationTasks.caseId))
    .where(inArray(verificationTasks.visitId, ids));
  const documentIds = visits.flatMap((v) => v.documentIds);
  const documents = documentIds.length
    ? await db
        .select({ id: storedDocuments.id, sm3: storedDocuments.sm3 })
        .from(storedDocuments)
        .where(inArray(storedDocuments.id, documentIds))
    : [];
  return visits.map((v) => ({
    id: v.id,
    scheduledOn: v.scheduledOn,
    address: v.address,
    inspectors: v.inspectors,
    state: v.state,
    findings: v.findings,
    tasks: tasks
      .filter((t) => t.visitId === v.id)
      .map(({ id, caseNo, proofName }) => ({ id, caseNo, proofName })),
    attachments: documents.filter((d) => v.documentIds.includes(d.id)),
    recordedAt: v.recordedAt?.toISOString() ?? null,
  }));
}

/** VER-3: the agency's visits, the coming ones first. */
export async function listVisits(db: AppDb, actor: Actor) {
  assertCan(actor, 'verification.perform');
  if (!actor.agencyId) return [];
  const visits = await db
    .select()
    .from(onSiteVisits)
    .where(eq(onSiteVisits.agencyId, actor.agencyId))
    .orderBy(desc(onSiteVisits.state), asc(onSiteVisits.scheduledOn));
  return visitViews(db, visits);
}
