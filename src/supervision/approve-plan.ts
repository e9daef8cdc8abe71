import { eq } from 'drizzle-orm';
import { districtSettings } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { frozenInput, inspectorsOfPlan, poolOfPlan } from './frozen-pool.ts';
import {
  checkDrawSettings,
  type DrawSettings,
  drawAlgorithm,
  drawInputHash,
  newSeed,
  poolHash,
  seedHash,
  shortOfInspectors,
} from './inspection-draw.ts';
import { lockPlan, type PlanRow, planStep } from './plan-access.ts';
import { inspectionPlans, inspectionPoolEntries } from './schema.ts';

const CHUNK = 5000;

/** What the draw itself would refuse is refused at approval, never discovered on the draw date. */
function refuseUndrawable(input: DrawSettings) {
  try {
    checkDrawSettings(input);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw invalid('rates', `该计划无法抽取：${why}`, `The plan cannot be drawn: ${why}`);
  }
}

/**
 * SUP-1: approval freezes the pool and every input of the draw, and commits to a secret seed by
 * publishing its SM3 hash with the pool's, so nobody (the planner included) can steer the draw later.
 */
export async function approvePlan(options: {
  database: Database;
  actor: Actor;
  now: Date;
  randomBytes: (size: number) => Uint8Array;
  planId: string;
  revision: number;
}): Promise<PlanRow> {
  const { database, actor, now } = options;
  assertCan(actor, 'supervision.plan');
  const today = shanghaiDate(now);
  return database.transaction(async (tx) => {
    const before = await lockPlan(tx, actor, options.planId, options.revision);
    const state = planStep(before.state, 'approve');
    if (before.drawOn < today)
      throw invalid('drawOn', '抽取日期已过，请先修改计划', 'The draw date has passed; edit the plan first');
    const [settings] = await tx.db
      .select({ keyRaise: districtSettings.keySupervisionRaise })
      .from(districtSettings)
      .where(eq(districtSettings.districtCode, before.districtCode));
    const keyRaise = settings?.keyRaise ?? 20;
    const pool = await poolOfPlan(tx.db, before, now, keyRaise);
    if (pool.length === 0)
      throw invalid(
        'periodFrom',
        '该期间内没有适用告知承诺作出决定的案件，对象库为空',
        'No case was decided on commitment in this period: the pool is empty',
      );
    const planInspectors = await inspectorsOfPlan(tx.db, before);
    if (planInspectors.length < before.inspectorsPerObject)
      throw invalid(
        'inspectorAgencyIds',
        `执法人员库中在岗人员不足 ${before.inspectorsPerObject} 人`,
        `Fewer than ${before.inspectorsPerObject} active inspectors in the pool`,
      );
    const input = frozenInput(before, pool, planInspectors, keyRaise);
    refuseUndrawable(input);
    const short = shortOfInspectors(input);
    if (short.length > 0)
      throw new DomainError(
        'VALIDATION',
        `回避后可选派的执法人员不足：${short.slice(0, 5).join('、')}${short.length > 5 ? ' 等' : ''}`,
        `Too few inspectors left after conflicts for ${short.slice(0, 5).join(', ')}`,
        'inspectorsPerObject',
        undefined,
        { caseNos: short },
      );
    const seed = newSeed(options.randomBytes);
    for (let i = 0; i < pool.length; i += CHUNK)
      await tx.db
        .insert(inspectionPoolEntries)
        .values(
          pool
            .slice(i, i + CHUNK)
            .map((m) => ({ planId: before.id, caseId: m.caseId, caseNo: m.caseNo, stratum: m.stratum })),
        );
    const published = {
      seedHash: seedHash(seed),
      poolHash: poolHash(input.pool.map((p) => p.caseNo)),
      inputHash: drawInputHash(input),
      algorithm: drawAlgorithm,
      poolSize: pool.length,
    };
    const [after] = await tx.db
      .update(inspectionPlans)
      .set({
        ...published,
        state,
        keyRaise,
        seed,
        drawInput: input,
        approvedBy: actor.userId,
        approvedAt: now,
        revision: before.revision + 1,
        updatedAt: now,
      })
      .where(eq(inspectionPlans.id, before.id))
      .returning();
    await recordAudit(tx, {
      chain: before.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'inspection-plan.approved',
      entityType: 'inspection-plan',
      entityId: before.id,
      before: { state: before.state },
      after: { state, ...published, keyRaise, drawOn: before.drawOn },
    });
    return after!;
  });
}
