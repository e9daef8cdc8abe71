// CASE-4: public disclosure of commitments. Applicants are told which items are on the disclosure list,
// refusing disclosure means submitting the proof, and the public site shows disclosed commitments with
// organisations named in full and persons' names, ID numbers and phones masked (Q-2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicableMatter,
  type ApplicationForm,
  act,
  apply,
  type CaseView,
  commitTo,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

const LS = '370212';
const PERSON = { name: '张立新', identifier: '370212197803122135', phone: '13905321234' };
const COMPANY = '青岛崂信海洋科技有限公司';

interface Disclosure {
  caseNo: string;
  matter: string;
  item: string;
  committer: string;
  committedAt: string;
  text: string;
}

let t: TestApp;
let applicant: Session;
let company: Session;
/** A case officer of 崂山区行政审批服务局, which handles 食品经营许可 (created for this test). */
let approvals: Session;
let food: ApplicableMatter; // LS-08: 营业执照 (online), 经营场所证明 (on-site, on the disclosure list)

const disclosures = (district = LS) =>
  ok<Disclosure[]>(t.anonymous('GET', `/api/public/districts/${district}/disclosures`));

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  company = await t.login('ls-company');
  const admin = await t.login('ls-admin');
  const agencies = await ok<{ id: string; name: string }[]>(
    admin.request('GET', `/api/agencies?district=${LS}`),
  );
  const agency = agencies.find((a) => a.name === '崂山区行政审批服务局')!;
  await ok(
    admin.request('POST', '/api/users', {
      username: 'case4-approvals',
      password: 'Initial2026',
      displayName: '审批窗口',
      role: 'case-officer',
      jurisdictionCode: LS,
      agencyId: agency.id,
    }),
    201,
  );
  approvals = await t.login('case4-approvals', 'Initial2026');
  food = (await matters(applicant, LS)).find((m) => m.code === 'LS-08')!;
});
afterAll(() => t.close());

const commitBoth = (disclosure: 'consent' | 'refuse' | null) => [
  commitTo('营业执照'),
  commitTo('经营场所证明', disclosure),
];

describe('CASE-4 disclosure when applying', () => {
  it('CASE-4: the applicant is told which proofs are on the disclosure list before applying', async () => {
    expect(food.proofs).toEqual([
      { name: '营业执照', listed: true, verification: 'online', disclosure: false },
      { name: '经营场所证明', listed: true, verification: 'on-site', disclosure: true },
    ]);
    const form = await ok<ApplicationForm>(
      applicant.request('GET', `/api/cases/application-form?matterId=${food.id}`),
    );
    expect(form.proofs.map((p) => p.item?.disclosure)).toEqual([false, true]);
  });

  it('CASE-4: refusing disclosure while committing is refused on proofs[i].disclosure; so is giving no answer', async () => {
    for (const disclosure of ['refuse', null] as const) {
      const response = await apply(applicant, {
        administrativeMatterId: food.id,
        proofs: commitBoth(disclosure),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'proofs[1].disclosure' });
    }
  });

  it('CASE-4: refusing disclosure and submitting the proof instead is accepted, and nothing is disclosed', async () => {
    const created = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: food.id,
        proofs: [
          commitTo('营业执照'),
          {
            proof: '经营场所证明',
            choice: 'upload',
            disclosure: 'refuse',
            fileId: await uploadProof(applicant, LS, '租赁合同.pdf'),
          },
        ],
      }),
      201,
    );
    expect(created.proofs[1]).toMatchObject({ choice: 'upload', disclosure: 'refuse', commitment: null });
    await ok(act(approvals, created, 'accept'));
    expect((await disclosures()).some((d) => d.caseNo === created.caseNo)).toBe(false);
  });
});

describe('CASE-4 the public list of disclosed commitments', () => {
  let personal: CaseView;
  let corporate: CaseView;

  beforeAll(async () => {
    personal = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: food.id,
        proofs: commitBoth('consent'),
        phone: PERSON.phone,
      }),
      201,
    );
    corporate = await ok<CaseView>(
      apply(company, {
        administrativeMatterId: food.id,
        proofs: commitBoth('consent'),
        phone: '0532-88886666',
      }),
      201,
    );
  });

  it('CASE-4: a consented commitment is recorded as disclosed, but not shown before the case is accepted', async () => {
    expect(personal.proofs.map((p) => p.commitment?.disclosed)).toEqual([false, true]);
    expect((await disclosures()).some((d) => d.caseNo === personal.caseNo)).toBe(false);
  });

  it('CASE-4 / Q-2: after acceptance a person’s commitment is public with name (张*), ID number and phone masked', async () => {
    personal = await ok<CaseView>(act(approvals, personal, 'accept'));
    const all = await disclosures();
    const mine = all.filter((d) => d.caseNo === personal.caseNo);
    // only the item on the disclosure list, not the other commitment
    expect(mine.map((d) => d.item)).toEqual(['经营场所证明']);
    const [shown] = mine;
    expect(shown).toMatchObject({ matter: '食品经营许可', committer: '张**' });
    expect(shown!.committer.startsWith('张')).toBe(true);
    expect(shown!.text).toContain('张**');
    expect(shown!.text).toContain('370212********2135');
    expect(shown!.text).toContain('139****1234');
    // nothing anywhere on the public answer gives the person away
    const body = JSON.stringify(all);
    expect(body).not.toContain(PERSON.name);
    expect(body).not.toContain(PERSON.identifier);
    expect(body).not.toContain(PERSON.phone);
    // the box the applicant ticked shows, the other stays empty; the number is labelled as a person's
    expect(shown!.text).toContain('☑ 同意公开本承诺书');
    expect(shown!.text).toContain('□ 不同意公开');
    expect(shown!.text).toContain('公民身份号码：370212********2135');
    expect(shown!.text).not.toContain('统一社会信用代码');
  });

  it('CASE-4: an organisation’s commitment is public with its name in full, its phone masked', async () => {
    corporate = await ok<CaseView>(act(approvals, corporate, 'accept'));
    const [shown] = (await disclosures()).filter((d) => d.caseNo === corporate.caseNo);
    expect(shown).toMatchObject({ committer: COMPANY, item: '经营场所证明' });
    expect(shown!.text).toContain(COMPANY);
    expect(shown!.text).not.toContain('0532-88886666');
    expect(shown!.text).toMatch(/统一社会信用代码：\w{18}/);
    expect(shown!.text).not.toContain('公民身份号码');
  });

  it('CASE-4: a disclosed commitment withdrawn midway (CASE-5) leaves the public list', async () => {
    const proof = corporate.proofs.find((p) => p.proofName === '经营场所证明')!;
    await ok(
      company.request('POST', `/api/cases/${corporate.id}/proofs/${proof.id}/withdraw-commitment`, {
        revision: corporate.revision,
        fileId: await uploadProof(company, LS, '场地证明.pdf'),
        reason: '改交场地证明',
      }),
    );
    expect((await disclosures()).some((d) => d.caseNo === corporate.caseNo)).toBe(false);
    expect((await disclosures()).some((d) => d.caseNo === personal.caseNo)).toBe(true);
  });

  it('CASE-4 / ORG-1: another district’s public list holds none of these; an unknown district is 404', async () => {
    const st = await disclosures('370406');
    expect(st.some((d) => [personal.caseNo, corporate.caseNo].includes(d.caseNo))).toBe(false);
    expect((await t.anonymous('GET', '/api/public/districts/110105/disclosures')).statusCode).toBe(404);
  });
});
