import type { Eligibility } from '../common/eligibility.ts';
import type { AppDb } from '../platform/db/database.ts';
import { type PartyStanding, partyStandings } from './party-standings.ts';

export type { PartyStanding } from './party-standings.ts';

/** CRED-3/CASE-2 for one party (see `partyStandings`). */
export async function partyStanding(
  db: AppDb,
  partyId: string,
  at: Date,
  seenFrom: string | null,
  schemeDistrict: string | null = seenFrom,
): Promise<PartyStanding> {
  return (await partyStandings(db, [partyId], at, seenFrom, schemeDistrict)).get(partyId)!;
}

/** CASE-2 alone, where a case needs only whether the party may commit, under its district's scheme. */
export async function partyEligibility(
  db: AppDb,
  partyId: string,
  at: Date,
  seenFrom: string | null,
  schemeDistrict: string | null = seenFrom,
): Promise<Eligibility> {
  return (await partyStanding(db, partyId, at, seenFrom, schemeDistrict)).eligibility;
}
