import { and, eq, sql } from 'drizzle-orm';
import { signCommitment, signingPayload, textHash } from '../cases/commitment-signature.ts';
import { caseCounters, caseProofs, cases, commitments } from '../cases/schema.ts';
import { creditRecords } from '../credit/schema.ts';
import { administrativeMatters } from '../lists/schema.ts';
import { parties, users } from '../organisation/schema.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import type { Tx } from '../platform/db/database.ts';

/** A case of `demo/cases.json` decided before the platform; dates are `MM-DD[THH:mm]` of its year. */
export interface DemoMigratedCase {
  story: string;
  applicant: string;
  enteredBy: string;
  matter: string;
  proof: string;
  /** How many years before the demo's first start it happened; `{year}` in texts stands for it. */
  yearsAgo: number;
  caseNo: string;
  submitted: string;
  accepted: string;
  decidedOn: string;
  decisionNo: string;
  falseFound: string;
  finding: string;
  credit: { description: string; authority: string; basis: string; recorded: string };
  migratedInWorkingDays: number;
}

const NOTE = '历史数据迁入：本案由原办件系统办理，决定作出后经核查承诺不实，详见承诺核查结论和诚信档案。';

/**
 * CRED-1, CASE-2: a case decided before the platform, whose commitment was later found false,
 * written as the migrated record it is — no list was in force here then, so no use case applies:
 * the case, its proof, the paper commitment (countersigned with the platform key at migration) in
 * state `false`, and the false-commitment record of the party's integrity file, each audited.
 */
export async function loadMigratedCase(
  tx: Tx,
  options: {
    district: string;
    migrated: DemoMigratedCase;
    year: number;
    when: Date;
    platformKey: PlatformKey;
    system: AuditActor;
  },
): Promise<void> {
  const { district, migrated: m, when, system } = options;
  const year = String(options.year);
  const fill = (text: string) => text.replaceAll('{year}', year);
  const moment = (monthDayTime: string) => new Date(`${year}-${monthDayTime}:00+08:00`);
  const [matter] = await tx.db
    .select()
    .from(administrativeMatters)
    .where(and(eq(administrativeMatters.districtCode, district), eq(administrativeMatters.code, m.matter)));
  const [officer] = await tx.db.select().from(users).where(eq(users.username, m.enteredBy));
  const [account] = await tx.db
    .select({ party: parties, phone: users.phone })
    .from(users)
    .innerJoin(parties, eq(parties.id, users.partyId))
    .where(eq(users.username, m.applicant));
  if (!matter || !officer || !account)
    throw new Error(`demo cases: migrated ${m.caseNo} names an unknown matter or user`);
  const { party, phone } = account;
  const signedAt = moment(m.submitted);
  const caseNo = fill(m.caseNo);
  const [caseRow] = await tx.db
    .insert(cases)
    .values({
      caseNo,
      districtCode: district,
      agencyId: matter.agencyId,
      administrativeMatterId: matter.id,
      matterName: matter.name,
      matterKind: matter.kind,
      partyId: party.id,
      enteredBy: officer.id,
      channel: 'counter',
      applicantPhone: phone,
      state: 'approved',
      submittedAt: signedAt,
      acceptedAt: moment(m.accepted),
      decidedOn: `${year}-${m.decidedOn}`,
      decisionNo: fill(m.decisionNo),
      officerNote: NOTE,
      createdAt: signedAt,
      updatedAt: when,
    })
    .returning();
  // The old system's number is taken: the platform's own numbers of that year come after it.
  const sequence = Number(caseNo.slice(-6));
  await tx.db
    .insert(caseCounters)
    .values({ districtCode: district, year: options.year, next: sequence })
    .onConflictDoUpdate({
      target: [caseCounters.districtCode, caseCounters.year],
      set: { next: sql`greatest(${caseCounters.next}, ${sequence})` },
    });
  const [proof] = await tx.db
    .insert(caseProofs)
    .values({ caseId: caseRow!.id, position: 0, proofName: m.proof, item: null, choice: 'commit' })
    .returning();
  const itemKey = `migrated:${caseNo}`;
  const textSm3 = textHash({
    title: '告知承诺书（纸质，历史数据迁入）',
    matter: matter.name,
    proof: m.proof,
  });
  const payload = signingPayload({
    partyIdentifier: party.identifier,
    partyName: party.name,
    itemKey,
    textSm3,
    signedAt,
  });
  const [commitment] = await tx.db
    .insert(commitments)
    .values({
      caseId: caseRow!.id,
      caseProofId: proof!.id,
      districtCode: district,
      partyId: party.id,
      itemKey,
      proofName: m.proof,
      matterName: matter.name,
      textSm3,
      ...signCommitment({ payload, method: 'paper', platformKey: options.platformKey }),
      signedAt,
      disclosed: false,
      state: 'false',
      stateChangedAt: moment(m.falseFound),
      stateNote: fill(m.finding),
    })
    .returning();
  await recordAudit(tx, {
    chain: district,
    actor: system,
    at: when,
    action: 'case.migrated',
    entityType: 'case',
    entityId: caseRow!.id,
    after: {
      caseNo,
      state: caseRow!.state,
      decisionNo: caseRow!.decisionNo,
      decidedOn: caseRow!.decidedOn,
      note: NOTE,
      proof: m.proof,
      commitment: { id: commitment!.id, state: commitment!.state },
    },
  });
  const [record] = await tx.db
    .insert(creditRecords)
    .values({
      partyId: party.id,
      districtCode: district,
      kind: 'false-commitment',
      category: 'serious',
      ruleVersion: 1,
      source: 'migrated',
      description: fill(m.credit.description),
      authority: m.credit.authority,
      basis: fill(m.credit.basis),
      commitmentId: commitment!.id,
      recordedAt: moment(m.credit.recorded),
      repairedAt: null,
    })
    .returning();
  await recordAudit(tx, {
    chain: district,
    actor: system,
    at: when,
    action: 'credit-record.entered',
    entityType: 'credit-record',
    entityId: record!.id,
    after: {
      partyId: party.id,
      kind: record!.kind,
      category: record!.category,
      description: record!.description,
      authority: record!.authority,
      basis: record!.basis,
      recordedAt: record!.recordedAt.toISOString(),
      caseNo,
      source: '历史数据迁入',
    },
  });
}
