// CRED-1: the applicant's integrity file (诚信档案): every commitment made and how it stands, visible to
// the applicant and to the district's credit officers, and to nobody else.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  apply,
  type CaseView,
  choicesFor,
  decide,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { cases } from '../cases/schema.ts';
import { creditRecords } from '../credit/schema.ts';
import { parties } from '../organisation/schema.ts';
import type { integrityFile } from './integrity-file.ts';

type IntegrityFile = Awaited<ReturnType<typeof integrityFile>>;

const LS = '370212';
const PERSON = '370212197803122135';
let t: TestApp;
let applicant: Session;
let officer: Session;
let approved: CaseView;
let pending: CaseView;
let repairedRecord: string;
/** The files as they stood before this test's cases (the demo data may hold cases of its own). */
let baseline: IntegrityFile;

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  officer = await t.login('ls-case-officer');
  baseline = await ok<IntegrityFile>(applicant.request('GET', '/api/credit/integrity-file'));
  const all = await matters(applicant, LS);
  const graduates = all.find((m) => m.code === 'LS-29')!; // three listed proofs
  const deaths = all.find((m) => m.code === 'LS-02')!; // two listed proofs
  // One case: three commitments, one withdrawn midway (CASE-5), then approved: two in verification.
  const first = await ok<CaseView>(
    apply(applicant, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(applicant, LS, graduates),
    }),
    201,
  );
  const withdrawn = await ok<CaseView>(
    applicant.request('POST', `/api/cases/${first.id}/proofs/${first.proofs[2]!.id}/withdraw-commitment`, {
      revision: first.revision,
      fileId: await uploadProof(applicant, LS),
      reason: '已取得纸质证明',
    }),
  );
  const accepted = await ok<CaseView>(act(officer, withdrawn, 'accept'));
  approved = await ok<CaseView>(
    decide(officer, accepted, { outcome: 'approve', documentNo: '崂人社许〔2026〕9701号' }),
  );
  // Another case, submitted only: its commitments are signed.
  pending = await ok<CaseView>(
    apply(applicant, { administrativeMatterId: deaths.id, proofs: await choicesFor(applicant, LS, deaths) }),
    201,
  );
  // A record repaired long ago stays in the file without barring commitment.
  const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, PERSON));
  const [row] = await t.database.db
    .insert(creditRecords)
    .values({
      partyId: party!.id,
      districtCode: LS,
      kind: 'false-commitment',
      category: 'general',
      ruleVersion: 1,
      source: 'manual',
      description: '2024年虚假承诺（已修复）',
      authority: '崂山区民政局',
      basis: '崂民罚〔2024〕3号',
      recordedAt: new Date('2024-05-06T02:00:00Z'),
      repairedAt: new Date('2025-05-06T02:00:00Z'),
    })
    .returning({ id: creditRecords.id });
  repairedRecord = row!.id;
});
afterAll(() => t.close());

describe('CRED-1 the integrity file', () => {
  it('CRED-1: lists every commitment the applicant made, with its state (signed, in-verification, withdrawn)', async () => {
    const file = await ok<IntegrityFile>(applicant.request('GET', '/api/credit/integrity-file'));
    expect(file.party).toMatchObject({ kind: 'person', name: '张立新', identifier: PERSON });
    const states = (c: CaseView) =>
      file.commitments
        .filter((x) => x.caseId === c.id)
        .map((x) => [x.proofName, x.state])
        .sort();
    expect(states(approved)).toEqual(
      [
        ['学历证明', 'in-verification'],
        ['社会保险缴纳证明', 'in-verification'],
        ['不动产权属证明', 'withdrawn'],
      ].sort(),
    );
    expect(states(pending)).toEqual(
      [
        ['死亡证明', 'signed'],
        ['亲属关系证明', 'signed'],
      ].sort(),
    );
    expect(file.commitments).toHaveLength(baseline.commitments.length + 5);
    expect(file.summary).toEqual({
      commitments: baseline.summary.commitments + 5,
      inVerification: baseline.summary.inVerification + 2,
      pending: baseline.summary.pending + 2,
      withdrawn: baseline.summary.withdrawn + 1,
      kept: baseline.summary.kept,
      false: baseline.summary.false,
    });
    const inVerification = file.commitments.find(
      (c) => c.caseId === approved.id && c.state === 'in-verification',
    )!;
    expect(inVerification).toMatchObject({
      caseNo: approved.caseNo,
      decisionNo: '崂人社许〔2026〕9701号',
      matterName: '高校毕业生住房补贴申领',
      signatureMethod: 'platform',
      districtCode: LS,
    });
    expect(file.commitments.find((c) => c.caseId === approved.id && c.state === 'withdrawn')!.stateNote).toBe(
      '已取得纸质证明',
    );
  });

  it('CRED-1: keeps its dishonesty records with their repair, and what they mean for commitment today (CASE-2)', async () => {
    const file = await ok<IntegrityFile>(applicant.request('GET', '/api/credit/integrity-file'));
    expect(file.records).toHaveLength(baseline.records.length + 1);
    expect(file.records.find((r) => r.id === repairedRecord)).toEqual(
      expect.objectContaining({
        id: repairedRecord,
        kind: 'false-commitment',
        repairedAt: '2025-05-06T02:00:00.000Z',
        barsCommitment: false,
        description: '2024年虚假承诺（已修复）',
      }),
    );
    expect(file.eligibility.eligible).toBe(true);
  });

  it('CRED-1: the district’s credit officer looks the file up by identifier and sees the same commitments', async () => {
    const credit = await t.login('ls-credit');
    const own = await ok<IntegrityFile>(applicant.request('GET', '/api/credit/integrity-file'));
    const looked = await ok<IntegrityFile>(
      credit.request('POST', '/api/credit/integrity-files/lookup', { identifier: PERSON }),
    );
    expect(looked.party.name).toBe('张立新');
    // who read a party's file, and when, is in the district's audit trail
    const [viewed] = await t.database.sql
      .query<{ actor_name: string }>(
        "select actor_name from audit_entries where action = 'integrity-file.viewed' and chain = '370212'",
      )
      .then((r) => r.rows);
    expect(viewed?.actor_name).toBe('ls-credit');
    expect(looked.commitments).toEqual(own.commitments);
    expect(looked.summary).toEqual(own.summary);
    // an organisation's file too, by its credit code (lower case is the same code)
    const company = await ok<IntegrityFile>(
      credit.request('POST', '/api/credit/integrity-files/lookup', { identifier: '91370212ma3c4k7h2p' }),
    );
    expect(company.party).toMatchObject({ kind: 'organisation', name: '青岛崂信海洋科技有限公司' });
    const companyOwn = await ok<IntegrityFile>(
      (await t.login('ls-company')).request('GET', '/api/credit/integrity-file'),
    );
    expect(company.commitments).toEqual(companyOwn.commitments);
    const unknown = await credit.request('POST', '/api/credit/integrity-files/lookup', {
      identifier: '110101199003074514',
    });
    expect(unknown.statusCode).toBe(404);
    // a number that cannot exist is a wrong input, not an unknown party; spaces around it are ignored
    for (const bad of ['370212197803122136', '91370212MA3C4K7H2Q', '12345'])
      expect(
        (await credit.request('POST', '/api/credit/integrity-files/lookup', { identifier: bad })).json(),
        bad,
      ).toMatchObject({ code: 'VALIDATION', field: 'identifier' });
    const padded = await ok<IntegrityFile>(
      credit.request('POST', '/api/credit/integrity-files/lookup', { identifier: ` ${PERSON} ` }),
    );
    expect(padded.party.name).toBe('张立新');
  });

  it('CRED-1 / ORG-1: another district’s credit officer learns nothing, not even that the party exists', async () => {
    const credit = await t.login('st-credit');
    const looked = await credit.request('POST', '/api/credit/integrity-files/lookup', { identifier: PERSON });
    const unknown = await credit.request('POST', '/api/credit/integrity-files/lookup', {
      identifier: '37021219900101123X',
    });
    expect(looked.statusCode).toBe(404);
    expect(looked.body).not.toContain('张立新');
    expect(looked.body).not.toContain('虚假承诺');
    // Known elsewhere and never known answer alike.
    expect(looked.json()).toEqual(unknown.json());
  });

  it('CASE-2 / ORG-1: a record of another district still bars commitment there, but shows no details', async () => {
    const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, PERSON));
    await t.database.db.insert(creditRecords).values({
      partyId: party!.id,
      districtCode: LS,
      kind: 'false-commitment',
      category: 'general',
      ruleVersion: 1,
      source: 'manual',
      description: '崂山区核查发现虚假承诺（学历）',
      authority: '崂山区人力资源和社会保障局',
      basis: '崂人社罚〔2026〕12号',
      recordedAt: new Date(t.clock.now.getTime() - 60_000),
      repairedAt: null,
    });
    const counter = await t.login('st-case-officer');
    const [matter] = await matters(counter, '370406');
    const form = await counter.request(
      'GET',
      `/api/cases/application-form?matterId=${matter!.id}&identifier=${PERSON}`,
    );
    expect(form.statusCode).toBe(200);
    // the counter form checks the number it is given: an impossible one is a 400, never "eligible"
    const wrong = await counter.request(
      'GET',
      `/api/cases/application-form?matterId=${matter!.id}&identifier=370212197803122136`,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'identifier', message: expect.stringContaining('校验') });
    const eligibility = form.json().eligibility;
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.reasons).toEqual([
      expect.objectContaining({ elsewhere: true, recordId: null, recordedAt: null }),
    ]);
    expect(form.body).not.toContain('崂人社罚');
    expect(form.body).not.toContain('学历）');
    // The party's own file shows it in full.
    const own = await ok<IntegrityFile>(applicant.request('GET', '/api/credit/integrity-file'));
    expect(own.eligibility.reasons.some((r) => r.description.includes('学历'))).toBe(true);
    await t.database.db.delete(creditRecords).where(eq(creditRecords.basis, '崂人社罚〔2026〕12号'));
  });

  it('CRED-1 / ORG-2: applicants and case officers cannot look up files (403); staff have no file of their own', async () => {
    for (const who of ['ls-applicant', 'ls-company', 'ls-case-officer', 'ls-verifier']) {
      const session = await t.login(who);
      const response = await session.request('POST', '/api/credit/integrity-files/lookup', {
        identifier: PERSON,
      });
      expect(response.statusCode, who).toBe(403);
      expect(response.json().code, who).toBe('FORBIDDEN');
    }
    for (const who of ['ls-case-officer', 'ls-credit']) {
      const response = await (await t.login(who)).request('GET', '/api/credit/integrity-file');
      expect(response.statusCode, who).toBe(403);
    }
    expect((await t.anonymous('GET', '/api/credit/integrity-file')).statusCode).toBe(401);
  });

  it('CRED-1: another applicant’s own file holds only their own commitments', async () => {
    const company = await t.login('ls-company');
    const file = await ok<IntegrityFile>(company.request('GET', '/api/credit/integrity-file'));
    expect(file.party.name).toBe('青岛崂信海洋科技有限公司');
    const [party] = await t.database.db
      .select()
      .from(parties)
      .where(eq(parties.identifier, '91370212MA3C4K7H2P'));
    const own = new Set(
      (await t.database.db.select().from(cases).where(eq(cases.partyId, party!.id))).map((c) => c.id),
    );
    expect(file.commitments.every((c) => own.has(c.caseId))).toBe(true);
    expect(file.commitments.some((c) => [approved.id, pending.id].includes(c.caseId))).toBe(false);
    expect(file.records.some((r) => r.id === repairedRecord)).toBe(false);
  });
});
