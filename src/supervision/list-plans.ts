import { and, desc, eq, sql } from 'drizzle-orm';
import { agencies } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { planActionsFor } from './plan-access.ts';
import { inspectionObjects, inspectionPlans } from './schema.ts';

/** SUP-1: a district's sampling plans, newest first, with how far each has come. */
export async function listPlans(db: AppDb, actor: Actor, districtCode: string) {
  assertCan(actor, 'supervision.read');
  assertDistrictAccess(actor, districtCode);
  const rows = await db
    .select({
      plan: inspectionPlans,
      agencyName: agencies.name,
      objectCount: sql<number>`(select count(*)::int from ${inspectionObjects} o where o.plan_id = ${inspectionPlans.id})`,
      resultCount: sql<number>`(select count(*)::int from ${inspectionObjects} o where o.plan_id = ${inspectionPlans.id} and o.result is not null)`,
    })
    .from(inspectionPlans)
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .where(and(eq(inspectionPlans.districtCode, districtCode)))
    .orderBy(desc(inspectionPlans.createdAt));
  return rows.map(({ plan, agencyName, objectCount, resultCount }) => ({
    id: plan.id,
    title: plan.title,
    agencyName,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo,
    drawOn: plan.drawOn,
    state: plan.state,
    poolSize: plan.poolSize,
    seedHash: plan.seedHash,
    objectCount,
    resultCount,
    revision: plan.revision,
    allowedActions: planActionsFor(actor, plan.state),
  }));
}
