import { and, eq, inArray } from 'drizzle-orm';
import { administrativeMatters } from '../lists/index.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { lockPlan, movePlan, type PlanRow, planStep } from './plan-access.ts';
import { checkPlanTerms, type GradeRates, type PlanTerms } from './plan-rules.ts';
import { inspectionPlans } from './schema.ts';

export interface PlanInput extends Omit<PlanTerms, 'gradeRates'> {
  /** Absent: no grade rates (grades C and D still sample at their records' raises). */
  gradeRates?: GradeRates;
  matterIds: string[];
  excludeHandlingAgency: boolean;
  inspectorAgencyIds: string[];
}

/** Matters and inspecting agencies must be the district's own. */
async function checkReferences(tx: Tx, districtCode: string, input: PlanInput) {
  const matters = input.matterIds.length
    ? await tx.db
        .select({ id: administrativeMatters.id })
        .from(administrativeMatters)
        .where(
          and(
            eq(administrativeMatters.districtCode, districtCode),
            inArray(administrativeMatters.id, input.matterIds),
          ),
        )
    : [];
  if (matters.length !== new Set(input.matterIds).size)
    throw invalid('matterIds', '所选事项不属于本区', 'A matter chosen is not one of this district');
  const inspecting = input.inspectorAgencyIds.length
    ? await tx.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(eq(agencies.districtCode, districtCode), inArray(agencies.id, input.inspectorAgencyIds)))
    : [];
  if (inspecting.length !== new Set(input.inspectorAgencyIds).size)
    throw invalid(
      'inspectorAgencyIds',
      '所选执法单位不属于本区',
      'An inspecting agency chosen is not of this district',
    );
}

const termsOf = (input: PlanInput) => ({
  title: input.title.trim(),
  periodFrom: input.periodFrom,
  periodTo: input.periodTo,
  drawOn: input.drawOn,
  rates: input.rates,
  gradeRates: input.gradeRates ?? {},
  inspectorsPerObject: input.inspectorsPerObject,
  matterIds: [...new Set(input.matterIds)],
  excludeHandlingAgency: input.excludeHandlingAgency,
  inspectorAgencyIds: [...new Set(input.inspectorAgencyIds)],
});

/** SUP-1: a regulator drafts a sampling plan for the district; its agency plans and inspects. */
export async function createPlan(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  input: PlanInput;
}): Promise<PlanRow> {
  const { database, actor, now, districtCode, input } = options;
  assertCan(actor, 'supervision.plan');
  assertDistrictAccess(actor, districtCode);
  if (!actor.agencyId)
    throw new DomainError(
      'FORBIDDEN',
      '只有执法单位的人员可以制定抽查计划',
      'Only staff of an agency can plan inspections',
    );
  checkPlanTerms(termsOf(input), shanghaiDate(now));
  return database.transaction(async (tx) => {
    await checkReferences(tx, districtCode, input);
    const [plan] = await tx.db
      .insert(inspectionPlans)
      .values({
        ...termsOf(input),
        districtCode,
        agencyId: actor.agencyId!,
        state: 'draft',
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspection-plan.drafted',
      entityType: 'inspection-plan',
      entityId: plan!.id,
      after: termsOf(input),
    });
    return plan!;
  });
}

/** SUP-1: a draft is edited at the revision its editor saw; an approved plan never changes. */
export async function editPlan(options: {
  database: Database;
  actor: Actor;
  now: Date;
  planId: string;
  revision: number;
  input: PlanInput;
}): Promise<PlanRow> {
  const { database, actor, now, input } = options;
  assertCan(actor, 'supervision.plan');
  return database.transaction(async (tx) => {
    const before = await lockPlan(tx, actor, options.planId, options.revision);
    planStep(before.state, 'edit');
    checkPlanTerms(termsOf(input), shanghaiDate(now));
    await checkReferences(tx, before.districtCode, input);
    const [after] = await tx.db
      .update(inspectionPlans)
      .set({ ...termsOf(input), revision: before.revision + 1, updatedAt: now })
      .where(eq(inspectionPlans.id, before.id))
      .returning();
    await recordAudit(tx, {
      chain: before.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspection-plan.edited',
      entityType: 'inspection-plan',
      entityId: before.id,
      before: termsOf({ ...before, title: before.title }),
      after: termsOf(input),
    });
    return after!;
  });
}

/** A draft given up; it stays in the list as cancelled. */
export async function cancelPlan(options: {
  database: Database;
  actor: Actor;
  now: Date;
  planId: string;
  revision: number;
}): Promise<PlanRow> {
  const { database, actor, now } = options;
  assertCan(actor, 'supervision.plan');
  return database.transaction(async (tx) => {
    const before = await lockPlan(tx, actor, options.planId, options.revision);
    return movePlan(tx, before, {
      action: 'cancel',
      auditAction: 'inspection-plan.cancelled',
      actor: actorOf(actor),
      now,
    });
  });
}
