import { and, eq, isNull } from 'drizzle-orm';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { lockPlan, movePlan, type PlanRow, planStep } from './plan-access.ts';
import { inspectionObjects } from './schema.ts';

/** SUP-1: a plan is completed once every drawn object has its result; the results stay public. */
export async function completePlan(options: {
  database: Database;
  actor: Actor;
  now: Date;
  planId: string;
  revision: number;
}): Promise<PlanRow> {
  const { database, actor, now } = options;
  assertCan(actor, 'supervision.plan');
  return database.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, options.planId, options.revision);
    planStep(plan.state, 'complete');
    const open = await tx.db
      .select({ caseNo: inspectionObjects.caseNo })
      .from(inspectionObjects)
      .where(and(eq(inspectionObjects.planId, plan.id), isNull(inspectionObjects.result)));
    if (open.length > 0)
      throw new DomainError(
        'CONFLICT',
        `尚有 ${open.length} 个对象未录入检查结果`,
        `${open.length} objects have no result yet`,
        undefined,
        undefined,
        { caseNos: open.map((o) => o.caseNo) },
      );
    return movePlan(tx, plan, {
      action: 'complete',
      auditAction: 'inspection-plan.completed',
      actor: actorOf(actor),
      now,
      set: { completedAt: now },
    });
  });
}
