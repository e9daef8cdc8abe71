import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { formatDate } from '../common/dates.ts';
import { agencies } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { objectsOfPlans, publicPartyName } from './plan-objects.ts';
import { inspectionPlans, inspectionPoolEntries } from './schema.ts';
import { verifyPublishedDraw } from './verify-published-draw.ts';

/** Plans are public from their approval (the commitment to the seed) on; drafts are internal. */
const PUBLIC_STATES = ['approved', 'drawn', 'completed'] as const;

const noSuchPlan = () =>
  new DomainError('NOT_FOUND', '没有这个已公布的抽查计划', 'No such published sampling plan');

type PlanRow = typeof inspectionPlans.$inferSelect;

async function publicPlans(db: AppDb, where: ReturnType<typeof eq>) {
  const rows = await db
    .select({ plan: inspectionPlans, agencyName: agencies.name })
    .from(inspectionPlans)
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .where(and(where, inArray(inspectionPlans.state, [...PUBLIC_STATES])))
    .orderBy(desc(inspectionPlans.drawOn), asc(inspectionPlans.title));
  const objects = await objectsOfPlans(
    db,
    rows.filter((r) => r.plan.drawnAt).map((r) => r.plan.id),
  );
  return rows.map(({ plan, agencyName }) => summaryOf(plan, agencyName, objects));
}

/** 一公开: what everyone may read of a plan. The seed only once drawn; parties masked. */
function summaryOf(plan: PlanRow, agencyName: string, objects: Awaited<ReturnType<typeof objectsOfPlans>>) {
  const drawn = plan.drawnAt !== null;
  return {
    planId: plan.id,
    title: plan.title,
    districtCode: plan.districtCode,
    agency: agencyName,
    period: { from: plan.periodFrom, to: plan.periodTo },
    drawOn: plan.drawOn,
    state: plan.state,
    algorithm: plan.algorithm!,
    seedHash: plan.seedHash!,
    poolHash: plan.poolHash!,
    inputHash: plan.inputHash!,
    ...(drawn ? { seed: plan.seed! } : {}),
    poolSize: plan.poolSize!,
    rates: plan.drawInput!.rates,
    riskRates: plan.rates,
    gradeRates: plan.gradeRates,
    keyRaise: plan.keyRaise ?? 0,
    inspectorsPerObject: plan.inspectorsPerObject,
    approvedAt: plan.approvedAt!,
    drawnAt: plan.drawnAt,
    drawn: objects
      .filter((o) => o.object.planId === plan.id)
      .map(({ object, matterName, partyKind, partyName }) => ({
        caseNo: object.caseNo,
        stratum: object.stratum,
        matter: matterName,
        party: publicPartyName({ kind: partyKind, name: partyName }),
        inspectors: object.inspectors.map(({ name, number }) => ({ name, number })),
        result: object.result,
        findings: object.result === 'failed' ? object.findings : null,
        inspectedOn: object.inspectedOn,
      })),
  };
}

/** SUP-1: a district's published plans, newest draw first. */
export const listPublicInspections = (db: AppDb, districtCode: string) =>
  publicPlans(db, eq(inspectionPlans.districtCode, districtCode));

/** One published plan with the frozen input of its draw: what `npm run verify-draw` reads. */
export async function getPublicInspection(db: AppDb, planId: string) {
  const [plan] = await publicPlans(db, eq(inspectionPlans.id, planId));
  if (!plan) throw noSuchPlan();
  const [row] = await db
    .select({ input: inspectionPlans.drawInput })
    .from(inspectionPlans)
    .where(eq(inspectionPlans.id, planId));
  return { ...plan, input: row!.input! };
}

/** The frozen pool as case numbers, what `poolHash` covers. */
export async function getPublicPool(db: AppDb, planId: string) {
  const plan = await getPublicInspection(db, planId);
  const entries = await db
    .select({ caseNo: inspectionPoolEntries.caseNo })
    .from(inspectionPoolEntries)
    .where(eq(inspectionPoolEntries.planId, planId))
    .orderBy(asc(inspectionPoolEntries.caseNo));
  return { planId, poolHash: plan.poolHash, poolSize: plan.poolSize, caseNos: entries.map((e) => e.caseNo) };
}

/**
 * SUP-1: anyone re-runs the draw from the published seed and frozen input and learns whether it
 * equals the published result (and whether the seed and pool match what was published before).
 */
export async function rerunPublicDraw(db: AppDb, planId: string) {
  const plan = await getPublicInspection(db, planId);
  if (!plan.seed)
    throw new DomainError(
      'CONFLICT',
      `尚未抽取：种子将于${formatDate(plan.drawOn)}抽取时公开`,
      `Not drawn yet: the seed is revealed at the draw on ${formatDate(plan.drawOn, 'en')}`,
    );
  const verdict = verifyPublishedDraw(plan);
  return { equal: verdict.equal, checks: verdict.checks, drawn: verdict.recomputed ?? [] };
}
