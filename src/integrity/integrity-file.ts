import { and, desc, eq } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import {
  addMonths,
  creditGradeLabels,
  creditObjections,
  creditRecords,
  creditRepairs,
  inEffect,
  partyStanding,
} from '../credit/index.ts';
import { parties } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';

/**
 * CRED-1: a party's integrity file (诚信档案): every commitment made and how it stands (signed, in
 * verification, kept, false, withdrawn, lapsed), its dishonesty records with their category, repair,
 * objection and correction, its grade and what that means for commitment today (CRED-3, CASE-2).
 * `districtCode` limits it to one district's records; the grade still counts every district's (ORG-1).
 */
export async function integrityFile(db: AppDb, partyId: string, now: Date, districtCode: string | null) {
  const [party] = await db.select().from(parties).where(eq(parties.id, partyId));
  if (!party) throw notFound('诚信档案', 'Integrity file');
  const inDistrict = <T extends { districtCode: unknown }>(t: T) =>
    districtCode ? eq(t.districtCode as typeof commitments.districtCode, districtCode) : undefined;
  const [made, records, repairs, objections, standing] = await Promise.all([
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
    db
      .select()
      .from(creditRepairs)
      .where(and(eq(creditRepairs.partyId, partyId), inDistrict(creditRepairs)))
      .orderBy(desc(creditRepairs.appliedAt)),
    db
      .select()
      .from(creditObjections)
      .where(and(eq(creditObjections.partyId, partyId), inDistrict(creditObjections)))
      .orderBy(desc(creditObjections.filedAt)),
    partyStanding(db, partyId, now, districtCode),
  ]);
  const { eligibility } = standing;
  const count = (state: string) => made.filter((c) => c.state === state).length;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    party: { kind: party.kind, name: party.name, identifier: party.identifier },
    grade: {
      ...standing.grade,
      label: creditGradeLabels[standing.grade.value].zh,
      labelEn: creditGradeLabels[standing.grade.value].en,
    },
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
    records: records.map((r) => {
      const fact = standing.records.find((f) => f.id === r.id)!;
      const repairableFrom = addMonths(r.recordedAt, fact.category.repairWaitingMonths);
      const openRepair = repairs.find((p) => p.recordId === r.id && p.state === 'under-review');
      return {
        id: r.id,
        districtCode: r.districtCode,
        kind: r.kind,
        category: {
          code: fact.category.code,
          name: fact.category.name,
          nameEn: fact.category.nameEn,
          grade: fact.category.grade,
          punishments: fact.category.punishments,
        },
        ruleVersion: r.ruleVersion,
        source: r.source,
        description: r.description,
        authority: r.authority,
        basis: r.basis,
        documentNo: r.documentNo,
        recordedAt: r.recordedAt.toISOString(),
        expiresAt: iso(r.expiresAt),
        repairedAt: iso(r.repairedAt),
        correctedAt: iso(r.correctedAt),
        correctionNote: r.correctionNote,
        inEffect: inEffect(fact, now),
        disputed: fact.disputed,
        barsCommitment: eligibility.reasons.some((reason) => reason.recordId === r.id),
        repairableFrom: repairableFrom.toISOString(),
        mayApplyForRepair: inEffect(fact, now) && repairableFrom <= now && !openRepair,
        mayObject: r.correctedAt === null && !fact.disputed,
      };
    }),
    repairs: repairs.map((p) => ({
      id: p.id,
      recordId: p.recordId,
      state: p.state,
      rectification: p.rectification,
      appliedAt: p.appliedAt.toISOString(),
      dueOn: p.dueOn,
      decidedAt: iso(p.decidedAt),
      decisionReason: p.decisionReason,
    })),
    objections: objections.map((o) => ({
      id: o.id,
      recordId: o.recordId,
      taskId: o.taskId,
      subject: o.subject,
      state: o.state,
      reasons: o.reasons,
      filedAt: o.filedAt.toISOString(),
      dueOn: o.dueOn,
      decidedAt: iso(o.decidedAt),
      answer: o.answer,
    })),
  };
}
