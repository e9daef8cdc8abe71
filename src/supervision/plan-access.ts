import { eq } from 'drizzle-orm';
import { type PlanAction, type PlanState, planWorkflow } from '../common/inspection-plan-states.ts';
import type { AuditAction } from '../platform/audit/actions.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess, can } from '../platform/auth/permissions.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { DomainError, staleVersion } from '../platform/errors.ts';
import { inspectionPlans } from './schema.ts';

export type PlanRow = typeof inspectionPlans.$inferSelect;

export const planNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    '抽查计划不存在或不在您的管辖范围内',
    'No such sampling plan within your jurisdiction',
  );

/** A plan of another district is not found (ORG-2). */
export async function findPlan(db: AppDb, actor: Actor, id: string): Promise<PlanRow> {
  const [plan] = await db.select().from(inspectionPlans).where(eq(inspectionPlans.id, id));
  if (!plan) throw planNotFound();
  assertDistrictAccess(actor, plan.districtCode);
  return plan;
}

/** The plan locked for a change, checked against the revision the user saw when one is given. */
export async function lockPlan(tx: Tx, actor: Actor, id: string, revision?: number): Promise<PlanRow> {
  const [plan] = await tx.db.select().from(inspectionPlans).where(eq(inspectionPlans.id, id)).for('update');
  if (!plan) throw planNotFound();
  assertDistrictAccess(actor, plan.districtCode);
  if (revision !== undefined && revision !== plan.revision) throw staleVersion();
  return plan;
}

/** A step of the plan's workflow: refused with 409 and the allowed steps when the state forbids it. */
export const planStep = (state: PlanState, action: PlanAction) => planWorkflow.next(state, action, 'planner');

/** The steps the viewer may take now, as the plan page offers them. */
export function planActionsFor(actor: Actor, state: PlanState): PlanAction[] {
  return can(actor, 'supervision.plan') ? planWorkflow.allowedActions(state, 'planner') : [];
}

/** A plan moved by `action` in the caller's transaction: the new state and its columns, audited. */
export async function movePlan(
  tx: Tx,
  plan: PlanRow,
  move: {
    action: PlanAction;
    auditAction: AuditAction;
    actor: AuditActor;
    now: Date;
    set?: Partial<typeof inspectionPlans.$inferInsert>;
    after?: Record<string, unknown>;
  },
): Promise<PlanRow> {
  const state = planStep(plan.state, move.action);
  const [after] = await tx.db
    .update(inspectionPlans)
    .set({ ...move.set, state, revision: plan.revision + 1, updatedAt: move.now })
    .where(eq(inspectionPlans.id, plan.id))
    .returning();
  await recordAudit(tx, {
    chain: plan.districtCode,
    actor: move.actor,
    at: move.now,
    action: move.auditAction,
    entityType: 'inspection-plan',
    entityId: plan.id,
    before: { state: plan.state },
    after: { state, ...move.after },
  });
  return after!;
}
