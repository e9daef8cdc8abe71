import { and, eq, isNull } from 'drizzle-orm';
import { commitments } from '../cases/index.ts';
import type { InspectionResult } from '../common/inspection-plan-states.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { attachedDocuments, falseCommitmentHandlings, findFalseCommitment } from '../verification/index.ts';
import { lockPlan, type PlanRow, planStep } from './plan-access.ts';
import { inspectionObjects, inspectionPlans } from './schema.ts';

export interface InspectionResultInput {
  result: InspectionResult;
  findings: string;
  inspectedOn: string;
  attachments: string[];
  /** SUP-3: the commitment of the case the inspection found false, if any. */
  falseCommitmentId?: string | null;
}

const objectNotFound = () =>
  new DomainError('NOT_FOUND', '检查对象不存在', 'No such inspection object in this plan');

/**
 * SUP-1 (一公开): the result of one drawn object, published with the plan. A commitment found false
 * here opens the same handling record and integrity-file entry as in verification (SUP-3).
 */
export async function recordInspectionResult(options: {
  database: Database;
  actor: Actor;
  now: Date;
  planId: string;
  objectId: string;
  input: InspectionResultInput;
}): Promise<PlanRow> {
  const { database, actor, now, input } = options;
  assertCan(actor, 'supervision.plan');
  const findings = input.findings.trim();
  if (input.result === 'failed' && !findings)
    throw invalid('findings', '不合格须写明发现的问题', 'Describe what was found when the result is failed');
  if (input.falseCommitmentId && input.result !== 'failed')
    throw invalid(
      'falseCommitmentId',
      '承诺不实时检查结果应为不合格',
      'A false commitment makes the result failed',
    );
  if (input.inspectedOn > shanghaiDate(now))
    throw invalid('inspectedOn', '检查日期不能晚于今天', 'The inspection date cannot be in the future');
  return database.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, options.planId);
    planStep(plan.state, 'record-result');
    const [object] = await tx.db
      .select()
      .from(inspectionObjects)
      .where(and(eq(inspectionObjects.id, options.objectId), eq(inspectionObjects.planId, plan.id)));
    if (!object) throw objectNotFound();
    if (object.result)
      throw new DomainError('CONFLICT', '该对象的检查结果已录入', 'This object’s result is already recorded');
    let handlingId: string | null = null;
    if (input.falseCommitmentId) {
      const [commitment] = await tx.db
        .select()
        .from(commitments)
        .where(and(eq(commitments.id, input.falseCommitmentId), eq(commitments.caseId, object.caseId)));
      if (!commitment)
        throw invalid(
          'falseCommitmentId',
          '该承诺不属于被检查的案件',
          'The commitment is not one of the inspected case',
        );
      handlingId = await handlingFor(tx, commitment, plan, findings, actor, now);
    }
    const attachmentIds = await attachedDocuments(tx, actor, plan.districtCode, input.attachments);
    await tx.db
      .update(inspectionObjects)
      .set({
        result: input.result,
        findings,
        inspectedOn: input.inspectedOn,
        attachmentIds,
        handlingId,
        recordedBy: actor.userId,
        recordedAt: now,
      })
      .where(and(eq(inspectionObjects.id, object.id), isNull(inspectionObjects.result)));
    const [after] = await tx.db
      .update(inspectionPlans)
      .set({ revision: plan.revision + 1, updatedAt: now })
      .where(eq(inspectionPlans.id, plan.id))
      .returning();
    await recordAudit(tx, {
      chain: plan.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspection.result-recorded',
      entityType: 'inspection-object',
      entityId: object.id,
      after: {
        planId: plan.id,
        caseNo: object.caseNo,
        result: input.result,
        findings,
        handlingId,
        attachmentIds,
      },
    });
    return after!;
  });
}

/** The handling record of a false commitment: the one verification opened already, or a new one. */
async function handlingFor(
  tx: Tx,
  commitment: typeof commitments.$inferSelect,
  plan: PlanRow,
  findings: string,
  actor: Actor,
  now: Date,
): Promise<string> {
  const existing = async () =>
    (
      await tx.db
        .select({ id: falseCommitmentHandlings.id })
        .from(falseCommitmentHandlings)
        .where(eq(falseCommitmentHandlings.commitmentId, commitment.id))
    )[0]?.id;
  const found = await existing();
  if (found) return found;
  await findFalseCommitment(
    tx,
    {
      commitmentId: commitment.id,
      taskId: null,
      districtCode: plan.districtCode,
      proofName: commitment.proofName,
    },
    `双随机抽查（${plan.title}）发现：${findings}`,
    { actor: actorOf(actor), userId: actor.userId, now },
  );
  await tx.db
    .update(commitments)
    .set({ state: 'false', stateChangedAt: now, stateNote: findings })
    .where(eq(commitments.id, commitment.id));
  return (await existing())!;
}
