import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { cases, commitments, terminateForFalseCommitment } from '../cases/index.ts';
import {
  allowedHandlingActions,
  type HandlingActionKind,
  handlingActionLabels,
} from '../common/false-commitment-rules.ts';
import { reclassifyFalseCommitment } from '../credit/index.ts';
import { closeDeadline, registerDeadline } from '../inbox/index.ts';
import { agencies, parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, can } from '../platform/auth/permissions.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import type { AppDb, Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { falseCommitmentHandlings, handlingActions } from './schema.ts';
import { canSeeTask } from './task-access.ts';

type HandlingRow = typeof falseCommitmentHandlings.$inferSelect;

const handlingNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '虚假承诺处理记录不存在或不在您的管辖范围内',
    'No such handling record within your reach',
  );

/** SUP-3: handling records of the actor's reach (agency staff: their agency's), open ones first. */
export async function listHandlings(db: AppDb, actor: Actor) {
  const rows = await db
    .select()
    .from(falseCommitmentHandlings)
    .where(withinReach(actor, falseCommitmentHandlings.districtCode))
    .orderBy(asc(falseCommitmentHandlings.state), desc(falseCommitmentHandlings.foundAt));
  const visible = rows.filter((h) => canSeeTask(actor, h));
  return Promise.all(visible.map((h) => handlingView(db, actor, h)));
}

export async function getHandling(db: AppDb, actor: Actor, id: string) {
  const [row] = await db.select().from(falseCommitmentHandlings).where(eq(falseCommitmentHandlings.id, id));
  if (!row || !canSeeTask(actor, row)) throw handlingNotFound();
  return handlingView(db, actor, row);
}

async function handlingView(db: AppDb, actor: Actor, h: HandlingRow) {
  const [context] = await db
    .select({
      caseNo: cases.caseNo,
      matterName: cases.matterName,
      proofName: commitments.proofName,
      partyName: parties.name,
    })
    .from(commitments)
    .innerJoin(cases, eq(cases.id, commitments.caseId))
    .innerJoin(parties, eq(parties.id, commitments.partyId))
    .where(eq(commitments.id, h.commitmentId));
  const actions = await db
    .select()
    .from(handlingActions)
    .where(eq(handlingActions.handlingId, h.id))
    .orderBy(asc(handlingActions.recordedAt));
  const mayAct = can(actor, 'verification.handle') && actor.agencyId === h.agencyId && h.state === 'open';
  return {
    id: h.id,
    caseId: h.caseId,
    ...context!,
    stage: h.stage,
    finding: h.finding,
    foundAt: h.foundAt.toISOString(),
    creditRecordId: h.creditRecordId,
    state: h.state,
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      documentNo: a.documentNo,
      decidedOn: a.decidedOn,
      deadline: a.deadline,
      details: a.details,
      state: a.state,
      outcome: a.outcome,
      recordedAt: a.recordedAt.toISOString(),
      allowedActions: mayAct && a.state === 'in-force' ? ['conclude'] : [],
    })),
    allowedActions: mayAct ? allowedHandlingActions(h.stage, actions) : [],
    revision: h.revision,
  };
}

async function lockHandling(tx: Tx, actor: Actor, id: string) {
  assertCan(actor, 'verification.handle');
  const [row] = await tx.db
    .select()
    .from(falseCommitmentHandlings)
    .where(eq(falseCommitmentHandlings.id, id))
    .for('update');
  if (!row || !canSeeTask(actor, row)) throw handlingNotFound();
  if (row.agencyId !== actor.agencyId)
    throw new DomainError('FORBIDDEN', '只有承办单位可以处理', 'Only the handling agency acts on it');
  return row;
}

/**
 * SUP-3: one action on a false commitment, as its stage allows (a refused one names what is allowed).
 * 终止办理 ends the case in the same transaction; 责令限期整改's deadline is followed by the scan.
 */
export async function takeHandlingAction(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: {
    kind: HandlingActionKind;
    documentNo: string;
    decidedOn: string;
    deadline?: string;
    details: string;
  };
  now: Date;
}) {
  const { actor, input, now } = options;
  await options.database.transaction(async (tx) => {
    const handling = await lockHandling(tx, actor, options.id);
    if (handling.state !== 'open')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该处理记录已办结',
        'This handling record is closed',
        'state',
      );
    const taken = await tx.db
      .select()
      .from(handlingActions)
      .where(eq(handlingActions.handlingId, handling.id));
    const allowed = allowedHandlingActions(handling.stage, taken);
    if (!allowed.includes(input.kind))
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        `此阶段不能「${handlingActionLabels[input.kind].zh}」，可采取：${allowed.map((k) => handlingActionLabels[k].zh).join('、') || '无'}`,
        `"${handlingActionLabels[input.kind].en}" is not open at this stage; open: ${allowed.map((k) => handlingActionLabels[k].en).join(', ') || 'none'}`,
        'kind',
        undefined,
        { stage: handling.stage, allowedActions: allowed },
      );
    if (input.kind === 'rectify' && (!input.deadline || input.deadline <= input.decidedOn))
      throw invalid(
        'deadline',
        '责令限期整改须写明晚于决定日期的整改期限',
        'A rectification order needs a deadline after its date',
      );
    const [action] = await tx.db
      .insert(handlingActions)
      .values({
        handlingId: handling.id,
        kind: input.kind,
        documentNo: input.documentNo,
        decidedOn: input.decidedOn,
        deadline: input.kind === 'rectify' ? input.deadline! : null,
        details: input.details,
        state: input.kind === 'rectify' ? 'in-force' : 'complied',
        recordedBy: actor.userId,
        recordedAt: now,
      })
      .returning();
    if (input.kind === 'terminate')
      await terminateForFalseCommitment(tx, {
        caseId: handling.caseId,
        actor,
        note: `虚假承诺（${input.documentNo}）：${input.details}`,
        now,
      });
    if (input.kind === 'rectify') {
      const [agency] = await tx.db.select().from(agencies).where(eq(agencies.id, handling.agencyId));
      await registerDeadline(tx, {
        input: {
          key: `rectification:${action!.id}`,
          districtCode: handling.districtCode,
          title: `整改期限 ${input.documentNo}`,
          titleEn: `Rectification due (${input.documentNo})`,
          dueDate: input.deadline!,
          countedFrom: input.decidedOn,
          workingDays: null,
          provisional: false,
          responsibleJurisdictionCode: agency!.jurisdictionCode,
          responsibleAgencyId: handling.agencyId,
          responsibleRole: 'verifier',
          link: `/workbench/handling/${handling.id}`,
        },
        actor: actorOf(actor),
        now,
      });
    }
    await tx.db
      .update(falseCommitmentHandlings)
      .set({
        revision: sql`${falseCommitmentHandlings.revision} + 1`,
        // Termination and revocation end what can be done; the record closes with them.
        state: input.kind === 'terminate' || input.kind === 'revoke' ? 'closed' : 'open',
      })
      .where(eq(falseCommitmentHandlings.id, handling.id));
    await recordAudit(tx, {
      chain: handling.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'false-commitment.action-taken',
      entityType: 'false-commitment-handling',
      entityId: handling.id,
      after: { action: action!.id, ...input },
    });
    await reclassify(tx, handling, actor, now);
  });
}

/** SUP-3: how a rectification order ended (complied or not); a failed one opens the other actions. */
export async function concludeHandlingAction(options: {
  database: Database;
  actor: Actor;
  id: string;
  actionId: string;
  input: { state: 'complied' | 'not-complied'; outcome: string };
  now: Date;
}) {
  const { actor, input, now } = options;
  await options.database.transaction(async (tx) => {
    const handling = await lockHandling(tx, actor, options.id);
    const [action] = await tx.db
      .select()
      .from(handlingActions)
      .where(and(eq(handlingActions.id, options.actionId), eq(handlingActions.handlingId, handling.id)))
      .for('update');
    if (!action) throw handlingNotFound();
    if (action.state !== 'in-force')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该措施已有结果',
        'This action already has its outcome',
        'state',
      );
    await tx.db
      .update(handlingActions)
      .set({ state: input.state, outcome: input.outcome })
      .where(eq(handlingActions.id, action.id));
    await closeDeadline(tx, { key: `rectification:${action.id}`, state: 'done', actor: actorOf(actor), now });
    await recordAudit(tx, {
      chain: handling.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'false-commitment.action-concluded',
      entityType: 'false-commitment-handling',
      entityId: handling.id,
      after: { action: action.id, ...input },
    });
    await reclassify(tx, handling, actor, now);
  });
}

/** CRED-2: the record's category follows what the handling record has come to. */
async function reclassify(tx: Tx, handling: HandlingRow, actor: Actor, now: Date) {
  if (!handling.creditRecordId) return;
  const outcomes = await tx.db
    .select({ kind: handlingActions.kind, state: handlingActions.state })
    .from(handlingActions)
    .where(eq(handlingActions.handlingId, handling.id));
  await reclassifyFalseCommitment(tx, {
    recordId: handling.creditRecordId,
    outcomes,
    at: now,
    actor: actorOf(actor),
  });
}
