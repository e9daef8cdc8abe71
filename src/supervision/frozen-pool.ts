import { and, between, eq, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { type CreditRecordFact, inEffect, partyStandings } from '../credit/index.ts';
import { parties } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { verificationTasks } from '../verification/index.ts';
import type { PlanRow } from './plan-access.ts';
import { exclusionsOf, highestRisk, type PoolCase, stratumOf, stratumRates } from './plan-rules.ts';
import {
  type FrozenDrawInput,
  inspectorConflicts,
  inspectors,
  itemRisks,
  keySupervisions,
} from './schema.ts';

export interface PoolMember extends PoolCase {
  caseId: string;
  stratum: string;
  rate: number;
}

/** CRED-2 punishments of the records in effect: key supervision, and the largest sampling raise. */
function punishmentsOf(records: readonly CreditRecordFact[], at: Date) {
  const active = records.filter((r) => inEffect(r, at));
  return {
    keySupervised: active.some((r) => r.category.punishments.keySupervision),
    samplingRaise: Math.max(0, ...active.map((r) => r.category.punishments.samplingRaise)),
  };
}

/**
 * SUP-1: the cases decided on commitment in the plan's period (of the matters it covers), and every
 * case of an exempt item whatever its matter; each in its stratum (risk, key supervision, and the
 * party's grade and punishments, CRED-3) as at `now`, with the stratum's rate.
 */
export async function poolOfPlan(
  db: AppDb,
  plan: PlanRow,
  now: Date,
  keyRaise: number,
): Promise<PoolMember[]> {
  const today = shanghaiDate(now);
  const rows = await db
    .select({
      caseId: cases.id,
      caseNo: cases.caseNo,
      agencyId: cases.agencyId,
      matterId: cases.administrativeMatterId,
      partyId: cases.partyId,
      partyIdentifier: parties.identifier,
      itemKey: commitments.itemKey,
      supervisionOnly: verificationTasks.kind,
    })
    .from(cases)
    .innerJoin(commitments, eq(commitments.caseId, cases.id))
    .innerJoin(parties, eq(parties.id, cases.partyId))
    .leftJoin(verificationTasks, eq(verificationTasks.commitmentId, commitments.id))
    .where(
      and(
        eq(cases.districtCode, plan.districtCode),
        eq(cases.state, 'approved'),
        between(cases.decidedOn, plan.periodFrom, plan.periodTo),
        ne(commitments.state, 'withdrawn'),
      ),
    );
  const [risks, keys] = await Promise.all([
    db.select().from(itemRisks).where(eq(itemRisks.districtCode, plan.districtCode)),
    db
      .select({ itemKey: keySupervisions.itemKey, partyId: keySupervisions.partyId })
      .from(keySupervisions)
      .where(
        and(
          eq(keySupervisions.districtCode, plan.districtCode),
          lte(keySupervisions.startsOn, today),
          gte(keySupervisions.endsOn, today),
          isNull(keySupervisions.liftedAt),
        ),
      ),
  ]);
  const riskOf = new Map(risks.map((r) => [r.itemKey, r.level]));
  const keyItems = new Set(keys.map((k) => k.itemKey).filter(Boolean));
  const keyParties = new Set(keys.map((k) => k.partyId).filter(Boolean));
  const covered = (matterId: string) => plan.matterIds.length === 0 || plan.matterIds.includes(matterId);

  const byCase = new Map<string, { row: (typeof rows)[number]; items: string[]; exempt: boolean }>();
  for (const row of rows) {
    const entry = byCase.get(row.caseId) ?? { row, items: [], exempt: false };
    entry.items.push(row.itemKey);
    entry.exempt ||= row.supervisionOnly === 'supervision';
    byCase.set(row.caseId, entry);
  }
  const members = [...byCase.values()].filter(({ row, exempt }) => exempt || covered(row.matterId));
  const standings = await partyStandings(
    db,
    members.map(({ row }) => row.partyId),
    now,
    plan.districtCode,
  );
  return members
    .map(({ row, items }) => {
      const standing = standings.get(row.partyId)!;
      const punished = punishmentsOf(standing.records, now);
      const facts = {
        risk: highestRisk(items.map((key) => riskOf.get(key))),
        keySupervised:
          punished.keySupervised || keyParties.has(row.partyId) || items.some((key) => keyItems.has(key)),
        grade: standing.grade.value,
        samplingRaise: punished.samplingRaise,
      };
      return {
        caseId: row.caseId,
        caseNo: row.caseNo,
        agencyId: row.agencyId,
        partyIdentifier: row.partyIdentifier,
        ...stratumOf(facts, plan, keyRaise),
      };
    })
    .sort((a, b) => (a.caseNo < b.caseNo ? -1 : a.caseNo > b.caseNo ? 1 : 0));
}

/** The plan's inspectors: the active ones of the agencies it draws from, with their declared conflicts. */
export async function inspectorsOfPlan(db: AppDb, plan: PlanRow) {
  const agencyIds = plan.inspectorAgencyIds.length > 0 ? plan.inspectorAgencyIds : [plan.agencyId];
  const pool = await db
    .select()
    .from(inspectors)
    .where(
      and(
        eq(inspectors.districtCode, plan.districtCode),
        inArray(inspectors.agencyId, agencyIds),
        eq(inspectors.active, true),
      ),
    );
  const conflicts =
    pool.length === 0
      ? []
      : await db
          .select({ inspectorId: inspectorConflicts.inspectorId, party: inspectorConflicts.partyIdentifier })
          .from(inspectorConflicts)
          .where(
            inArray(
              inspectorConflicts.inspectorId,
              pool.map((i) => i.id),
            ),
          );
  return pool.map((i) => ({
    id: i.id,
    name: i.name,
    number: i.certificateNo,
    agencyId: i.agencyId,
    conflicts: conflicts.filter((c) => c.inspectorId === i.id).map((c) => c.party),
  }));
}

/** What the draw will consume, frozen at approval: strata, rates, inspectors and who may not inspect what. */
export function frozenInput(
  plan: PlanRow,
  pool: readonly PoolMember[],
  planInspectors: Awaited<ReturnType<typeof inspectorsOfPlan>>,
  keyRaise: number,
): FrozenDrawInput {
  return {
    pool: pool.map(({ caseNo, stratum }) => ({ caseNo, stratum })),
    rates: stratumRates(plan, keyRaise, pool),
    inspectors: planInspectors.map((i) => i.number).sort(),
    inspectorsPerObject: plan.inspectorsPerObject,
    exclusions: exclusionsOf(pool, planInspectors, plan.excludeHandlingAgency),
  };
}
