import { eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { type Eligibility, evaluateEligibility } from './eligibility.ts';
import { creditRecords } from './schema.ts';

/** CASE-2: a party's eligibility for commitment at a moment, from the records of its integrity file. */
export async function partyEligibility(db: AppDb, partyId: string, at: Date): Promise<Eligibility> {
  const records = await db
    .select({
      id: creditRecords.id,
      kind: creditRecords.kind,
      severity: creditRecords.severity,
      description: creditRecords.description,
      recordedAt: creditRecords.recordedAt,
      repairedAt: creditRecords.repairedAt,
    })
    .from(creditRecords)
    .where(eq(creditRecords.partyId, partyId));
  return evaluateEligibility(
    records.filter((r) => r.recordedAt <= at),
    at,
  );
}
