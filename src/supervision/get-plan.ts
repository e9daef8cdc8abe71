import { eq, inArray } from 'drizzle-orm';
import { administrativeMatters } from '../lists/index.ts';
import { agencies, districtSettings } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { AppDb } from '../platform/db/database.ts';
import { frozenInput, inspectorsOfPlan, poolOfPlan } from './frozen-pool.ts';
import { findPlan, planActionsFor } from './plan-access.ts';
import { commitmentsOfCases, objectsOfPlans } from './plan-objects.ts';
import { strataOf } from './strata.ts';

/**
 * SUP-1: a plan as its district's staff see it: terms, what was published, the strata (for a draft,
 * the pool it would freeze today), drawn objects with results, and the steps the viewer may take.
 */
export async function getPlan(db: AppDb, actor: Actor, id: string, now: Date) {
  assertCan(actor, 'supervision.read');
  const plan = await findPlan(db, actor, id);
  const agencyIds = [plan.agencyId, ...plan.inspectorAgencyIds];
  const [agencyRows, matterRows, objects] = await Promise.all([
    db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, agencyIds)),
    plan.matterIds.length
      ? db
          .select({ id: administrativeMatters.id, name: administrativeMatters.name })
          .from(administrativeMatters)
          .where(inArray(administrativeMatters.id, plan.matterIds))
      : [],
    objectsOfPlans(db, [plan.id]),
  ]);
  const input = plan.drawInput ?? (await draftInput(db, plan, now));
  const commitmentRows = await commitmentsOfCases(
    db,
    objects.map((o) => o.object.caseId),
  );
  const nameOf = (agencyId: string) => agencyRows.find((a) => a.id === agencyId)?.name ?? '';
  return {
    ...plan,
    seed: plan.drawnAt ? plan.seed : null,
    agencyName: nameOf(plan.agencyId),
    matters: matterRows,
    inspectorAgencies: (plan.inspectorAgencyIds.length ? plan.inspectorAgencyIds : [plan.agencyId]).map(
      (agencyId) => ({ id: agencyId, name: nameOf(agencyId) }),
    ),
    strata: strataOf(input),
    inspectorCount: input.inspectors.length,
    allowedActions: planActionsFor(actor, plan.state),
    objects: objects.map(({ object, matterName, partyName }) => ({
      ...object,
      matterName,
      partyName,
      commitments: commitmentRows.filter((c) => c.caseId === object.caseId),
    })),
  };
}

/** What approving the draft today would freeze, so the planner sees the pool before committing. */
async function draftInput(db: AppDb, plan: Awaited<ReturnType<typeof findPlan>>, now: Date) {
  const [settings] = await db
    .select({ keyRaise: districtSettings.keySupervisionRaise })
    .from(districtSettings)
    .where(eq(districtSettings.districtCode, plan.districtCode));
  const keyRaise = settings?.keyRaise ?? 20;
  const pool = await poolOfPlan(db, plan, now, keyRaise);
  return frozenInput(plan, pool, await inspectorsOfPlan(db, plan), keyRaise);
}
