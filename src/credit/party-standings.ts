import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import { type CreditRulebook, categoryOf, defaultRulebook } from '../common/credit-rules.ts';
import {
  type CreditRecordFact,
  type CreditStanding,
  type Eligibility,
  evaluateEligibility,
  gradeOf,
} from '../common/eligibility.ts';
import type { AppDb } from '../platform/db/database.ts';

export interface PartyStanding {
  grade: CreditStanding;
  eligibility: Eligibility;
  /** The records as the rules read them, newest first, each with its category. */
  records: CreditRecordFact[];
  /** The rulebook the grade was computed under. */
  rulebook: CreditRulebook;
}

import { currentOf, rulebooksOf } from './rulebooks.ts';
import { creditObjections, creditRecords } from './schema.ts';

const CHUNK = 5000;

/**
 * CRED-3/CASE-2: parties' grades and eligibility at a moment, from every record of their integrity
 * files read with each record's own rule version's category, graded by the rulebook in force in
 * `seenFrom` (the district whose staff read it; null: the party's own view, graded by the district of
 * its latest record, every record in full). For many parties at once (a sampling plan's pool): the same reading as `partyStanding`, seen
 * from one district, in three queries however many parties — their records, their open objections, and
 * the rulebooks of every district that recorded one. Parties without records are graded too (A).
 * Eligibility quotes the scheme of `schemeDistrict` (the case's district; by default the reader's).
 */
export async function partyStandings(
  db: AppDb,
  partyIds: readonly string[],
  at: Date,
  seenFrom: string | null,
  schemeDistrict: string | null = seenFrom,
): Promise<Map<string, PartyStanding>> {
  const ids = [...new Set(partyIds)];
  const rows = [];
  const disputed = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [records, objections] = await Promise.all([
      db
        .select()
        .from(creditRecords)
        .where(and(inArray(creditRecords.partyId, chunk), lte(creditRecords.recordedAt, at))),
      db
        .select({ recordId: creditObjections.recordId })
        .from(creditObjections)
        .where(
          and(
            inArray(creditObjections.partyId, chunk),
            eq(creditObjections.state, 'under-review'),
            isNotNull(creditObjections.recordId),
          ),
        ),
    ]);
    rows.push(...records);
    disputed.push(...objections);
  }
  const books = await rulebooksOf(db, [...(seenFrom ? [seenFrom] : []), ...rows.map((r) => r.districtCode)]);
  // Staff read a party as their district's rules grade it; the party itself, by its latest record's.
  const rulebookOf = (records: CreditRecordFact[]) => {
    const district = seenFrom ?? records[0]?.districtCode;
    return district ? currentOf(books, district) : defaultRulebook;
  };
  const disputedIds = new Set(disputed.map((d) => d.recordId));
  const byParty = new Map<string, CreditRecordFact[]>(ids.map((id) => [id, []]));
  for (const r of [...rows].sort((a, b) => +b.recordedAt - +a.recordedAt))
    byParty.get(r.partyId)!.push({
      id: r.id,
      kind: r.kind,
      category: categoryOf(
        books.get(r.districtCode)!.get(r.ruleVersion) ?? currentOf(books, r.districtCode),
        r.category,
      ),
      description: r.description,
      recordedAt: r.recordedAt,
      expiresAt: r.expiresAt,
      repairedAt: r.repairedAt,
      correctedAt: r.correctedAt,
      disputed: disputedIds.has(r.id),
      districtCode: r.districtCode,
    });
  return new Map(
    [...byParty].map(([partyId, records]) => {
      const rulebook = rulebookOf(records);
      return [
        partyId,
        {
          grade: gradeOf(records, rulebook, at, seenFrom),
          eligibility: evaluateEligibility(records, rulebook, at, seenFrom, schemeDistrict),
          records,
          rulebook,
        },
      ];
    }),
  );
}
