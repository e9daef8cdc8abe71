import { eq } from 'drizzle-orm';
import { cases } from '../cases/index.ts';
import {
  type CreditGrade,
  creditGrades,
  creditRecords,
  currentRulebook,
  partyStandings,
} from '../credit/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';

/**
 * CRED-3: how the parties the district knows (those that applied there or have a record there) are
 * graded today under its rulebook in force.
 */
export async function gradeDistribution(db: AppDb, actor: Actor, now: Date) {
  const district = actor.districtCode;
  const known = await db
    .select({ partyId: cases.partyId })
    .from(cases)
    .where(eq(cases.districtCode, district))
    .union(
      db
        .select({ partyId: creditRecords.partyId })
        .from(creditRecords)
        .where(eq(creditRecords.districtCode, district)),
    );
  const counts = Object.fromEntries(creditGrades.map((g) => [g, 0])) as Record<CreditGrade, number>;
  const standings = await partyStandings(
    db,
    known.flatMap((k) => (k.partyId ? [k.partyId] : [])),
    now,
    district,
  );
  for (const standing of standings.values()) counts[standing.grade.value] += 1;
  const ruleVersion = (await currentRulebook(db, district)).version;
  return {
    districtCode: district,
    ruleVersion,
    evaluatedAt: now.toISOString(),
    total: standings.size,
    counts,
  };
}
