import { eq } from 'drizzle-orm';
import { type Eligibility, evaluateEligibility } from '../common/eligibility.ts';
import type { AppDb } from '../platform/db/database.ts';
import { creditRecords } from './schema.ts';

/**
 * CASE-2: a party's eligibility for commitment at a moment, from the records of its integrity file,
 * as the staff of `seenFrom` may read it (null: the party's own view, every record in full).
 */
export async function partyEligibility(
  db: AppDb,
  partyId: string,
  at: Date,
  seenFrom: string | null,
): Promise<Eligibility> {
  const records = await db
    .select({
      id: creditRecords.id,
      kind: creditRecords.kind,
      severity: creditRecords.severity,
      description: creditRecords.description,
      recordedAt: creditRecords.recordedAt,
      repairedAt: creditRecords.repairedAt,
      districtCode: creditRecords.districtCode,
    })
    .from(creditRecords)
    .where(eq(creditRecords.partyId, partyId));
  return evaluateEligibility(
    records.filter((r) => r.recordedAt <= at),
    at,
    seenFrom,
  );
}
