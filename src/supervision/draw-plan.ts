import { and, eq, lte } from 'drizzle-orm';
import { formatDate } from '../common/dates.ts';
import { type AuditActor, actorOf, systemActor } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database, Tx } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import { shanghaiDate } from '../platform/time.ts';
import { drawInspection } from './inspection-draw.ts';
import { lockPlan, movePlan, type PlanRow, planStep } from './plan-access.ts';
import { inspectionObjects, inspectionPlans, inspectionPoolEntries, inspectors } from './schema.ts';

export const SCHEDULED_DRAW = systemActor('双随机抽取（到期自动）');

/** Reveals the seed and draws from what was frozen at approval: the result is a function of both. */
async function drawLocked(tx: Tx, plan: PlanRow, now: Date, actor: AuditActor): Promise<PlanRow> {
  planStep(plan.state, 'draw');
  const input = plan.drawInput!;
  const drawn = drawInspection({ ...input, seed: plan.seed! });
  const [entries, people] = await Promise.all([
    tx.db
      .select({ caseId: inspectionPoolEntries.caseId, caseNo: inspectionPoolEntries.caseNo })
      .from(inspectionPoolEntries)
      .where(eq(inspectionPoolEntries.planId, plan.id)),
    tx.db
      .select({ id: inspectors.id, name: inspectors.name, number: inspectors.certificateNo })
      .from(inspectors)
      .where(eq(inspectors.districtCode, plan.districtCode)),
  ]);
  const caseIdOf = new Map(entries.map((e) => [e.caseNo, e.caseId]));
  const inspectorOf = new Map(people.map((p) => [p.number, p]));
  if (drawn.length > 0)
    await tx.db.insert(inspectionObjects).values(
      drawn.map((object, position) => ({
        planId: plan.id,
        position,
        caseId: caseIdOf.get(object.caseNo)!,
        caseNo: object.caseNo,
        stratum: object.stratum,
        inspectors: object.inspectors.map((number) => inspectorOf.get(number)!),
      })),
    );
  return movePlan(tx, plan, {
    action: 'draw',
    auditAction: 'inspection-plan.drawn',
    actor,
    now,
    set: { drawnAt: now },
    after: {
      seed: plan.seed,
      seedHash: plan.seedHash,
      drawn: drawn.map((d) => ({ caseNo: d.caseNo, inspectors: d.inspectors })),
    },
  });
}

/** SUP-1: the planner draws on or after the draw date (the job does it too, whoever comes first). */
export async function drawPlan(options: {
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
    planStep(plan.state, 'draw');
    if (plan.drawOn > shanghaiDate(now))
      throw invalid(
        'drawOn',
        `抽取日期为${formatDate(plan.drawOn)}，尚未到期`,
        `The draw is due on ${formatDate(plan.drawOn, 'en')}, not before`,
      );
    return drawLocked(tx, plan, now, actorOf(actor));
  });
}

/** Every approved plan whose draw date has come, each in its own transaction (locked, so drawn once). */
export async function drawDuePlans(database: Database, now: Date): Promise<number> {
  const due = await database.db
    .select({ id: inspectionPlans.id })
    .from(inspectionPlans)
    .where(and(eq(inspectionPlans.state, 'approved'), lte(inspectionPlans.drawOn, shanghaiDate(now))));
  let drawn = 0;
  for (const { id } of due)
    await database.transaction(async (tx) => {
      const [plan] = await tx.db
        .select()
        .from(inspectionPlans)
        .where(eq(inspectionPlans.id, id))
        .for('update');
      if (plan?.state !== 'approved') return;
      await drawLocked(tx, plan, now, SCHEDULED_DRAW);
      drawn += 1;
    });
  return drawn;
}

/** Hourly and at start on whichever instance claims it; the row lock keeps two from drawing one plan. */
export const inspectionDrawJob = (database: Database, clock: () => Date): JobDefinition => ({
  name: 'inspection-draws',
  cron: '5 * * * *',
  runAtStart: true,
  handler: async () => {
    await drawDuePlans(database, clock());
  },
});
