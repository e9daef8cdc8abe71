// CASE-2: eligibility for commitment, from the party's integrity file (CRED-1), checked when applying
// and again at the decision, recorded on the case with the rule that decided it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProvenApplicant } from '../../tests/support/applicants.ts';
import {
  type ApplicableMatter,
  type ApplicationForm,
  act,
  apply,
  type CaseView,
  choicesFor,
  decide,
  getCaseView,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { eligibilityRule } from '../common/eligibility-rule.ts';
import { residentIdCheckCharacter } from '../common/identifiers/index.ts';
import { creditRecords } from '../credit/schema.ts';
import { deadlines } from '../inbox/schema.ts';
import { parties } from '../organisation/schema.ts';
import { verificationTasks } from '../verification/schema.ts';
import { cases, commitments } from './schema.ts';

const LS = '370212';
/** CASE-2 as a 崂山区 case quotes it: 崂山区's scheme alone. */
const BARRED = eligibilityRule(false, LS).rule;
const ELIGIBLE = eligibilityRule(true, LS).rule;
let t: TestApp;
/** Two applicants registered for this test, so no demo record of anyone else's bears on them. */
let applicant: Session;
let other: Session;
let officer: Session;
const PERSON = resident('19880412', '027');
const OTHER = resident('19910723', '053');

/** A valid 居民身份证号 of 崂山区 with the birth date and sequence given (GB 11643 check digit). */
function resident(birth: string, sequence: string): string {
  const first17 = `370212${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

const register = (username: string, name: string, identifier: string) =>
  registerProvenApplicant(t, {
    username,
    password: 'Chengnuo@2026',
    name,
    identifier,
    districtCode: LS,
    phone: '13806391122',
  });
let graduates: ApplicableMatter; // LS-29: three listed proofs

const partyId = async (identifier: string) =>
  (await t.database.db.select().from(parties).where(eq(parties.identifier, identifier)))[0]!.id;

/** A dishonesty record in the party's integrity file, recorded before today. */
async function record(
  identifier: string,
  over: Partial<typeof creditRecords.$inferInsert> = {},
): Promise<string> {
  const [row] = await t.database.db
    .insert(creditRecords)
    .values({
      partyId: await partyId(identifier),
      districtCode: LS,
      kind: 'false-commitment',
      category: 'general',
      ruleVersion: 1,
      source: 'manual',
      description: '2025年申请失业保险金时作出虚假承诺',
      authority: '崂山区人力资源和社会保障局',
      basis: '崂人社罚〔2025〕9号',
      recordedAt: new Date('2025-11-03T02:00:00Z'),
      repairedAt: null,
      ...over,
    })
    .returning({ id: creditRecords.id });
  return row!.id;
}

const repair = (id: string) =>
  t.database.db
    .update(creditRecords)
    .set({ repairedAt: new Date('2026-09-01T02:00:00Z') })
    .where(eq(creditRecords.id, id));

beforeAll(async () => {
  t = await createTestApp();
  applicant = await register('case2-zhao', '赵承诺', PERSON);
  other = await register('case2-qian', '钱守信', OTHER);
  officer = await t.login('ls-case-officer');
  graduates = (await matters(applicant, LS)).find((m) => m.code === 'LS-29')!;
  expect(graduates.proofs.every((p) => p.listed)).toBe(true);
});
afterAll(() => t.close());

describe('CASE-2 eligibility when applying', () => {
  let falseCommitment: string;

  it('CASE-2: with an unrepaired false commitment the form says why and how repair works', async () => {
    falseCommitment = await record(PERSON);
    const form = await ok<ApplicationForm>(
      applicant.request('GET', `/api/cases/application-form?matterId=${graduates.id}`),
    );
    expect(form.eligibility).toMatchObject({
      eligible: false,
      rule: BARRED,
      reasons: [{ recordId: falseCommitment, kind: 'false-commitment' }],
    });
    expect(form.eligibility!.repair).toContain('信用修复');
  });

  it('CASE-2: at the window the officer sees the same before entering anything, by the applicant’s ID number', async () => {
    const url = `/api/cases/application-form?matterId=${graduates.id}`;
    const barred = await ok<ApplicationForm>(officer.request('GET', `${url}&identifier=${PERSON}`));
    expect(barred.eligibility).toMatchObject({ eligible: false, reasons: [{ recordId: falseCommitment }] });
    // someone the platform has never met, or with a clean file, may commit; no identifier, no answer
    const clean = await ok<ApplicationForm>(officer.request('GET', `${url}&identifier=${OTHER}`));
    expect(clean.eligibility?.eligible).toBe(true);
    expect((await ok<ApplicationForm>(officer.request('GET', url))).eligibility).toBeNull();
  });

  it('CASE-2: committing is refused with the reason and the repair text; nothing is written', async () => {
    const before = await t.database.db.select().from(cases);
    const refused = await apply(applicant, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(applicant, LS, graduates),
    });
    expect(refused.statusCode, refused.body).toBe(400);
    const body = refused.json();
    expect(body).toMatchObject({ code: 'VALIDATION', field: 'proofs[0].choice' });
    expect(body.message).toContain('2025年申请失业保险金时作出虚假承诺');
    expect(body.message).toContain('信用修复');
    expect(body.message_en).toContain('credit repair');
    // the English says what the record is; the record's own Chinese wording is only quoted
    expect(body.message_en).toMatch(
      /^You may not use commitment at present: a false commitment recorded on \d{1,2} [A-Z][a-z]{2} \d{4} \(“2025年申请失业保险金时作出虚假承诺”\)/,
    );
    expect(body.message_en.replace(/“[^”]*”/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(body.details.eligibility).toMatchObject({ eligible: false, rule: BARRED });
    expect(await t.database.db.select().from(cases)).toHaveLength(before.length);
  });

  it('CASE-2: uploading every proof is still allowed, and the evaluation is recorded on the case', async () => {
    const created = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(applicant, LS, graduates, () => ({ choice: 'upload' })),
      }),
      201,
    );
    expect(created.state).toBe('submitted');
    expect(created.proofs.every((p) => p.choice === 'upload' && p.commitment === null)).toBe(true);
    expect(created.eligibility).toMatchObject({
      eligible: false,
      rule: BARRED,
      evaluatedAt: t.clock.now.toISOString(),
      reasons: [{ recordId: falseCommitment }],
    });
  });

  it('CASE-2: an unrepaired serious dishonesty record bars too; a general one does not', async () => {
    await repair(falseCommitment);
    const serious = await record(PERSON, {
      kind: 'dishonesty',
      category: 'serious',
      description: '拖欠农民工工资被列入失信名单',
    });
    await record(PERSON, { kind: 'dishonesty', category: 'minor', description: '逾期未年报' });
    const refused = await apply(applicant, {
      administrativeMatterId: graduates.id,
      proofs: await choicesFor(applicant, LS, graduates),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('拖欠农民工工资被列入失信名单');
    expect(refused.json().message).not.toContain('逾期未年报');
    await repair(serious);
  });

  it('CASE-2: once repaired, commitment is allowed again and the case records the eligible evaluation', async () => {
    const created = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(applicant, LS, graduates),
      }),
      201,
    );
    expect(created.proofs.every((p) => p.commitment?.state === 'signed')).toBe(true);
    expect(created.eligibility).toMatchObject({ eligible: true, reasons: [], rule: ELIGIBLE });
  });
});

describe('CASE-2 the rule quoted is the case district’s own', () => {
  it('CASE-2: a 崂山区 case quotes 崂山区’s scheme alone; the exclusion only when it applies', async () => {
    await record(PERSON, { description: '2026年申请临时救助时作出虚假承诺' });
    const barred = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(applicant, LS, graduates, () => ({ choice: 'upload' })),
      }),
      201,
    );
    const clean = await ok<CaseView>(
      apply(other, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(other, LS, graduates, () => ({ choice: 'upload' })),
      }),
      201,
    );
    for (const c of [barred, clean]) {
      expect(c.eligibility!.rule).toContain('崂山区全面推行证明事项告知承诺制实施方案');
      expect(c.eligibility!.rule).toContain('四、12');
      expect(c.eligibility!.rule).not.toContain('山亭');
      expect(c.eligibility!.ruleEn).toContain('Laoshan');
      expect(c.eligibility!.ruleEn).not.toContain('Shanting');
    }
    expect(barred.eligibility).toMatchObject({ eligible: false });
    expect(barred.eligibility!.rule).toContain('在信用修复前不适用告知承诺制');
    expect(clean.eligibility).toMatchObject({ eligible: true });
    expect(clean.eligibility!.rule).not.toContain('不适用');
    expect(clean.eligibility!.rule).toContain('可以适用告知承诺制');
  });

  it('CASE-2: a 山亭区 case quotes 山亭区’s scheme alone, in the form and on the case', async () => {
    const st = await t.login('st-applicant');
    const matter = (await matters(st, '370406')).find((m) => m.code === 'ST-13')!;
    const form = await ok<ApplicationForm>(
      st.request('GET', `/api/cases/application-form?matterId=${matter.id}`),
    );
    const sent = await ok<CaseView>(
      apply(st, { administrativeMatterId: matter.id, proofs: await choicesFor(st, '370406', matter) }),
      201,
    );
    for (const eligibility of [form.eligibility!, sent.eligibility!]) {
      expect(eligibility.rule).toContain('山亭区全面推行证明事项告知承诺制实施方案');
      expect(eligibility.rule).toContain('四（二）');
      expect(eligibility.rule).not.toContain('崂山');
      expect(eligibility.ruleEn).not.toContain('Laoshan');
    }
  });
});

describe('CASE-2 eligibility again at the decision', () => {
  let accepted: CaseView;
  let returned: CaseView;

  beforeAll(async () => {
    const submitted = await ok<CaseView>(
      apply(other, {
        administrativeMatterId: graduates.id,
        proofs: await choicesFor(other, LS, graduates),
      }),
      201,
    );
    expect(submitted.eligibility?.eligible).toBe(true);
    accepted = await ok<CaseView>(act(officer, submitted, 'accept'));
    // After acceptance the applicant is found to have made a false commitment elsewhere.
    await record(OTHER, { description: '2026年在食品经营许可中作出虚假承诺', recordedAt: t.clock.now });
  });

  it('CASE-2: approval of a now-ineligible applicant returns the case for correction, never a silent approval', async () => {
    returned = await ok<CaseView>(
      decide(officer, accepted, { outcome: 'approve', documentNo: '崂人社许〔2026〕9801号' }),
    );
    expect(returned.eligibilityFailed).toBe(true);
    expect(returned.state).toBe('needs-correction');
    expect(returned.decidedOn).toBeNull();
    expect(returned.decisionNo).toBeNull();
    expect(returned.decisionEligibility).toMatchObject({ eligible: false, rule: BARRED });
    expect(returned.officerNote).toContain('2026年在食品经营许可中作出虚假承诺');
    expect(returned.history.at(-1)?.action).toBe('case.correction-requested');
  });

  it('CASE-2: the committed proofs became required uploads, the commitments lapsed, no verification started', async () => {
    expect(returned.proofs.map((p) => [p.choice, p.file, p.commitment])).toEqual(
      returned.proofs.map(() => ['upload', null, null]),
    );
    const rows = await t.database.db.select().from(commitments).where(eq(commitments.caseId, accepted.id));
    expect(rows.map((c) => c.state)).toEqual(['lapsed', 'lapsed', 'lapsed']);
    expect(
      await t.database.db.select().from(verificationTasks).where(eq(verificationTasks.caseId, accepted.id)),
    ).toEqual([]);
    // the officer's decision clock stops while the applicant corrects (GOV-4)
    const [clock] = await t.database.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.key, `case:${accepted.id}:decide`));
    expect(clock?.state).toBe('done');
  });

  it('CASE-2: the applicant cannot resubmit until every proof is uploaded; then the case goes on without commitment', async () => {
    const early = await act(other, returned, 'resubmit');
    expect(early.statusCode, early.body).toBe(400);
    expect(early.json().field).toBe('proofs[0]');
    let current = returned;
    for (const proof of returned.proofs) {
      current = await ok<CaseView>(
        other.request('POST', `/api/cases/${current.id}/proofs/${proof.id}/attach-file`, {
          revision: current.revision,
          fileId: await uploadProof(other, LS, `${proof.proofName}.pdf`),
        }),
      );
    }
    const resubmitted = await ok<CaseView>(act(other, current, 'resubmit'));
    expect(resubmitted.state).toBe('submitted');
    const again = await ok<CaseView>(act(officer, resubmitted, 'accept'));
    const approved = await ok<CaseView>(
      decide(officer, again, { outcome: 'approve', documentNo: '崂人社许〔2026〕9802号' }),
    );
    expect(approved).toMatchObject({ state: 'approved', eligibilityFailed: false });
    expect(approved.verificationTasks).toEqual([]);
    expect((await getCaseView(other, approved.id)).history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['case.correction-requested', 'case.resubmitted', 'case.approved']),
    );
  });
});
