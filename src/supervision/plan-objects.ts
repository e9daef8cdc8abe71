import { asc, eq, inArray } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { maskPersonName } from '../common/identifiers/index.ts';
import { parties } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { inspectionObjects } from './schema.ts';

/** How a party is named where everyone may read: a person's name masked, a company's in full. */
export const publicPartyName = (party: { kind: string; name: string }) =>
  party.kind === 'organisation' ? party.name : maskPersonName(party.name);

/** The drawn objects of plans with their case, matter and party, in draw order. */
export async function objectsOfPlans(db: AppDb, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      object: inspectionObjects,
      matterName: cases.matterName,
      partyKind: parties.kind,
      partyName: parties.name,
    })
    .from(inspectionObjects)
    .innerJoin(cases, eq(cases.id, inspectionObjects.caseId))
    .innerJoin(parties, eq(parties.id, cases.partyId))
    .where(inArray(inspectionObjects.planId, [...planIds]))
    .orderBy(asc(inspectionObjects.planId), asc(inspectionObjects.position));
}

/** The commitments of the drawn cases, so an inspector can name the one found false (SUP-3). */
export async function commitmentsOfCases(db: AppDb, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      id: commitments.id,
      caseId: commitments.caseId,
      proofName: commitments.proofName,
      state: commitments.state,
    })
    .from(commitments)
    .where(inArray(commitments.caseId, [...caseIds]));
}
