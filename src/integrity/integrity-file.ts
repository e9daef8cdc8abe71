import { and, desc, eq } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { creditRecords, partyEligibility } from '../credit/index.ts';
import { parties } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';

/**
 * CRED-1: a party's integrity file (诚信档案): every commitment made and how it stands (signed, in
 * verification, kept, false, withdrawn, lapsed), its dishonesty records with their repair, and what
 * that means for commitment today (CASE-2). `districtCode` limits it to one district's records.
 */
export async function integrityFile(db: AppDb, partyId: string, now: Date, districtCode: string | null) {
  const [party] = await db.select().from(parties).where(eq(parties.id, partyId));
  if (!party) throw notFound('诚信档案', 'Integrity file');
  const inDistrict = <T extends { districtCode: unknown }>(t: T) =>
    districtCode ? eq(t.districtCode as typeof commitments.districtCode, districtCode) : undefined;
  const [made, records, eligibility] = await Promise.all([
    db
      .select({
        id: commitments.id,
        caseId: commitments.caseId,
        caseNo: cases.caseNo,
        districtCode: commitments.districtCode,
        matterName: commitments.matterName,
        proofName: commitments.proofName,
        signedAt: commitments.signedAt,
        signatureMethod: commitments.signatureMethod,
        state: commitments.state,
        stateNote: commitments.stateNote,
        stateChangedAt: commitments.stateChangedAt,
        decisionNo: cases.decisionNo,
      })
      .from(commitments)
      .innerJoin(cases, eq(cases.id, commitments.caseId))
      .where(and(eq(commitments.partyId, partyId), inDistrict(commitments)))
      .orderBy(desc(commitments.signedAt)),
    db
      .select()
      .from(creditRecords)
      .where(and(eq(creditRecords.partyId, partyId), inDistrict(creditRecords)))
      .orderBy(desc(creditRecords.recordedAt)),
    partyEligibility(db, partyId, now, districtCode),
  ]);
  const count = (state: string) => made.filter((c) => c.state === state).length;
  return {
    party: { kind: party.kind, name: party.name, identifier: party.identifier },
    eligibility,
    summary: {
      commitments: made.length,
      inVerification: count('in-verification'),
      kept: count('kept'),
      false: count('false'),
      pending: count('signed'),
      withdrawn: count('withdrawn') + count('lapsed'),
    },
    commitments: made.map((c) => ({
      ...c,
      signedAt: c.signedAt.toISOString(),
      stateChangedAt: c.stateChangedAt.toISOString(),
    })),
    records: records.map((r) => ({
      id: r.id,
      districtCode: r.districtCode,
      kind: r.kind,
      severity: r.severity,
      description: r.description,
      authority: r.authority,
      basis: r.basis,
      recordedAt: r.recordedAt.toISOString(),
      repairedAt: r.repairedAt?.toISOString() ?? null,
      barsCommitment: eligibility.reasons.some((reason) => reason.recordId === r.id),
    })),
  };
}
