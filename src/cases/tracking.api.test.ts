// CASE-7: applicants track their cases, letters, deadlines and results; officers see their queue with due
// dates; both sides get an inbox notice on each state change. Also the window officer entering an
// application at the counter on the applicant's behalf (paper signature, scanned).
import { eq } from 'drizzle-orm';
import { sm2 } from 'sm-crypto-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicableMatter,
  type ApplicationForm,
  act,
  apply,
  type CaseSummary,
  type CaseView,
  choicesFor,
  commitTo,
  decide,
  getCaseView,
  matters,
  uploadProof,
} from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { maskIdentifier, residentIdCheckCharacter } from '../common/identifiers/index.ts';
import { parties } from '../organisation/schema.ts';
import { platformKeys } from '../platform/crypto/schema.ts';
import { commitments } from './schema.ts';

const LS = '370212';
let t: TestApp;
let applicant: Session;
let company: Session;
let officer: Session;
let byCode: Map<string, ApplicableMatter>;

const list = (session: Session, query = '') =>
  ok<CaseSummary[]>(session.request('GET', `/api/cases${query}`));

/** The inbox notices a user holds about one case, oldest first. */
async function notices(session: Session, caseId: string): Promise<string[]> {
  const inbox = await ok<{ items: { title: string; link: string | null }[] }>(
    session.request('GET', '/api/inbox?limit=200'),
  );
  return inbox.items
    .filter((n) => n.link === `/workbench/cases/${caseId}`)
    .map((n) => n.title)
    .reverse();
}

async function submitted(session: Session, code: string): Promise<CaseView> {
  const matter = byCode.get(code)!;
  return ok<CaseView>(
    apply(session, { administrativeMatterId: matter.id, proofs: await choicesFor(session, LS, matter) }),
    201,
  );
}

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  company = await t.login('ls-company');
  officer = await t.login('ls-case-officer');
  byCode = new Map((await matters(applicant, LS)).map((m) => [m.code, m]));
});
afterAll(() => t.close());

describe('CASE-7 applicants track their cases; officers see their queue', () => {
  let mine: CaseView;
  let draft: CaseView;
  let theirs: CaseView;

  beforeAll(async () => {
    mine = await submitted(applicant, 'LS-02');
    theirs = await submitted(company, 'LS-03');
    const pension = byCode.get('LS-03')!;
    draft = await ok<CaseView>(
      apply(applicant, {
        administrativeMatterId: pension.id,
        submit: false,
        proofs: await choicesFor(applicant, LS, pension),
      }),
      201,
    );
  });

  it('CASE-7: the applicant lists their own cases (drafts included), never another applicant’s', async () => {
    const own = await list(applicant);
    const ids = own.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, draft.id]));
    expect(ids).not.toContain(theirs.id);
    expect(own.every((c) => c.applicantName === '张立新')).toBe(true);
    expect(own.find((c) => c.id === mine.id)).toMatchObject({
      caseNo: mine.caseNo,
      matterName: '失业保险丧葬补助金和抚恤金申领',
      state: 'submitted',
      dueDate: mine.acceptDueDate,
      committed: 2,
      proofCount: 2,
    });
    const companies = await list(company);
    expect(companies.map((c) => c.id)).toContain(theirs.id);
    expect(companies.map((c) => c.id)).not.toContain(mine.id);
  });

  it('CASE-7: the officer’s queue holds the agency’s submitted cases with their due dates, open ones by due date; no drafts', async () => {
    const queue = await list(officer);
    const ids = queue.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(ids).not.toContain(draft.id);
    expect(queue.find((c) => c.id === mine.id)).toMatchObject({
      dueDate: mine.acceptDueDate,
      state: 'submitted',
    });
    expect(queue.find((c) => c.id === theirs.id)?.applicantName).toBe('青岛崂信海洋科技有限公司');
    const open = queue.filter((c) => !['approved', 'refused', 'terminated', 'withdrawn'].includes(c.state));
    expect(queue.slice(0, open.length)).toEqual(open);
    const dues = open.map((c) => c.dueDate ?? '9999');
    expect(dues).toEqual([...dues].sort());
    // filtered by state
    const onlySubmitted = await list(officer, '?state=submitted');
    expect(onlySubmitted.every((c) => c.state === 'submitted')).toBe(true);
    expect(onlySubmitted.map((c) => c.id)).toContain(mine.id);
    const unknown = await officer.request('GET', '/api/cases?state=submitted,lost');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('state');
  });

  it('CASE-7: another agency’s officer does not see the case in the queue', async () => {
    const admin = await t.login('ls-admin');
    const agencies = await ok<{ id: string; name: string }[]>(
      admin.request('GET', `/api/agencies?district=${LS}`),
    );
    await ok(
      admin.request('POST', '/api/users', {
        username: 'case7-civil',
        password: 'Initial2026',
        displayName: '民政窗口',
        role: 'case-officer',
        jurisdictionCode: LS,
        agencyId: agencies.find((a) => a.name === '崂山区民政局')!.id,
      }),
      201,
    );
    const civil = await t.login('case7-civil', 'Initial2026');
    expect((await list(civil)).map((c) => c.id)).not.toContain(mine.id);
    expect((await civil.request('GET', `/api/cases/${mine.id}`)).statusCode).toBe(404);
  });

  it('CASE-7: through correction, resubmission, acceptance and approval both sides get a notice at each change', async () => {
    expect(await notices(applicant, mine.id)).toEqual([`${mine.caseNo} 已提交申请`]);
    expect(await notices(officer, mine.id)).toEqual([`${mine.caseNo} 已提交申请`]);
    const returned = await ok<CaseView>(act(officer, mine, 'request-correction', '请补充死亡证明的开具日期'));
    expect(returned).toMatchObject({ state: 'needs-correction', officerNote: '请补充死亡证明的开具日期' });
    // the applicant sees what to do
    const seen = await getCaseView(applicant, mine.id);
    expect(seen.allowedActions.sort()).toEqual(['resubmit', 'withdraw']);
    expect(seen.officerNote).toBe('请补充死亡证明的开具日期');
    t.clock.now = new Date('2026-09-24T06:00:00Z');
    const again = await ok<CaseView>(act(applicant, returned, 'resubmit'));
    expect(again.state).toBe('submitted');
    const taken = await ok<CaseView>(act(officer, again, 'accept'));
    const done = await ok<CaseView>(
      decide(officer, taken, { outcome: 'approve', documentNo: '崂人社给〔2026〕9301号' }),
    );
    const expected = [
      `${mine.caseNo} 已提交申请`,
      `${mine.caseNo} 需要补正材料`,
      `${mine.caseNo} 已补正并重新提交`,
      `${mine.caseNo} 已受理`,
      `${mine.caseNo} 已作出准予给付决定`,
    ];
    expect(await notices(applicant, mine.id)).toEqual(expected);
    expect(await notices(officer, mine.id)).toEqual(expected);
    // the applicant tracks letters, deadlines and result
    const result = await getCaseView(applicant, done.id);
    expect(result).toMatchObject({
      state: 'approved',
      decisionNo: '崂人社给〔2026〕9301号',
      decidedOn: '2026-09-24',
    });
    expect(result.decisionDueDate).toBeTruthy();
    expect(result.documents.map((d) => d.kind).sort()).toEqual([
      'commitment',
      'commitment',
      'decision',
      'notice',
      'notice',
    ]);
    expect(result.decisionDocument?.title).toBe('准予行政给付决定书');
    expect(result.verificationTasks.every((v) => v.dueDate)).toBe(true);
    expect(result.history.map((h) => h.action)).toEqual([
      'case.submitted',
      'case.correction-requested',
      'case.resubmitted',
      'case.accepted',
      'verification.planned',
      'case.approved',
    ]);
    const row = (await list(applicant)).find((c) => c.id === mine.id)!;
    expect(row).toMatchObject({ state: 'approved', dueDate: null, decisionNo: '崂人社给〔2026〕9301号' });
  });

  it('CASE-7: the applicant withdraws an application before the decision; both sides are told', async () => {
    const withdrawn = await ok<CaseView>(act(applicant, draft, 'withdraw', '暂不申请'));
    expect(withdrawn.state).toBe('withdrawn');
    const other = await submitted(applicant, 'LS-03');
    // The inbox lists the newest first; a withdrawal in the same instant as the submission has no order.
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const gone = await ok<CaseView>(act(applicant, other, 'withdraw', '材料不全，暂不申请'));
    expect(gone.state).toBe('withdrawn');
    expect((await notices(officer, other.id)).at(-1)).toBe(`${other.caseNo} 申请已撤回`);
    expect((await notices(applicant, other.id)).at(-1)).toBe(`${other.caseNo} 申请已撤回`);
    // an officer does not withdraw an online application for the applicant
    const third = await submitted(applicant, 'LS-03');
    expect((await act(officer, third, 'withdraw', '代为撤回')).statusCode).toBe(403);
  });
});

/** A valid 居民身份证号 of 崂山区 (GB 11643 check digit). */
function resident(birth: string, sequence: string): string {
  const first17 = `370212${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('CASE-1..3 at the window: the officer enters an application for the applicant', () => {
  const identifier = resident('19560308', '022');

  const counterBody = async (over: Record<string, unknown> = {}) => {
    const pension = byCode.get('LS-03')!;
    return {
      administrativeMatterId: pension.id,
      proofs: [commitTo('社会保险缴纳证明')],
      applicant: { kind: 'person', identifier, name: '孙桂芬', phone: '13705329876' },
      signature: { method: 'paper', scanFileId: await uploadProof(officer, LS, '承诺书签字扫描件.pdf') },
      ...over,
    };
  };

  it('CASE-3: with a scan of the paper signature, the case is entered at the counter and countersigned by the platform', async () => {
    const entered = await ok<CaseView>(officer.request('POST', '/api/cases', await counterBody()), 201);
    expect(entered).toMatchObject({
      state: 'submitted',
      channel: 'counter',
      // staff see the applicant masked, and the window officer may show them in full (audited).
      applicant: {
        kind: 'person',
        name: '孙桂芬',
        identifier: maskIdentifier(identifier),
        phone: '137****9876',
        mayUnmask: true,
      },
    });
    const c = entered.proofs[0]!.commitment!;
    expect(c.signatureMethod).toBe('paper');
    const [platform] = await t.database.db
      .select()
      .from(platformKeys)
      .where(eq(platformKeys.name, 'platform-sm2'));
    expect(c.signerPublicKey).toBe(platform!.publicKey);
    const [row] = await t.database.db.select().from(commitments).where(eq(commitments.id, c.id));
    expect(row!.scanFileId).toBeTruthy();
    expect(sm2.doVerifySignature(row!.signedPayload, c.signature, c.signerPublicKey, { hash: true })).toBe(
      true,
    );
    // the party exists now, keyed by its ID number (SPEC §10 Parties)
    const [party] = await t.database.db.select().from(parties).where(eq(parties.identifier, identifier));
    expect(party).toMatchObject({ kind: 'person', name: '孙桂芬' });
    // it is in the officer's queue, and the officer acts for the applicant of a counter case
    expect((await list(officer)).find((x) => x.id === entered.id)?.channel).toBe('counter');
    expect((await getCaseView(officer, entered.id)).allowedActions).toEqual(
      expect.arrayContaining(['accept', 'withdraw']),
    );
  });

  it('CASE-1: a bad ID number is refused on applicant.identifier; a name not matching the party on applicant.name', async () => {
    const bad = `${identifier.slice(0, 17)}${identifier.endsWith('1') ? '2' : '1'}`;
    const response = await officer.request(
      'POST',
      '/api/cases',
      await counterBody({ applicant: { kind: 'person', identifier: bad, name: '孙桂芬' } }),
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'applicant.identifier' });
    const mismatch = await officer.request(
      'POST',
      '/api/cases',
      await counterBody({ applicant: { kind: 'person', identifier, name: '孙桂兰' } }),
    );
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json().field).toBe('applicant.name');
    const company = await officer.request(
      'POST',
      '/api/cases',
      await counterBody({
        applicant: {
          kind: 'organisation',
          identifier: '91370212MA3C4K7H2P',
          name: '青岛崂信海洋科技有限公司',
        },
      }),
    );
    expect(company.statusCode).toBe(400);
    expect(company.json().field).toBe('applicant.agentName');
  });

  it('CASE-3: the counter signs on paper only; an online applicant never on paper (400 signature.method)', async () => {
    const electronic = await officer.request(
      'POST',
      '/api/cases',
      await counterBody({ signature: { method: 'platform' } }),
    );
    expect(electronic.statusCode).toBe(400);
    expect(electronic.json().field).toBe('signature.method');
    const pension = byCode.get('LS-03')!;
    const online = await applicant.request('POST', '/api/cases', {
      administrativeMatterId: pension.id,
      submit: true,
      proofs: [commitTo('社会保险缴纳证明')],
      signature: { method: 'paper', scanFileId: await uploadProof(applicant, LS, 'scan.pdf') },
    });
    expect(online.statusCode, online.body).toBe(400);
    expect(online.json().field).toBe('signature.method');
    // a counter application names its applicant
    const nobody = await officer.request('POST', '/api/cases', await counterBody({ applicant: undefined }));
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().field).toBe('applicant');
  });

  it('CASE-1 / ORG-2: the window enters applications for its own agency’s matters only (403)', async () => {
    const food = byCode.get('LS-08')!; // 崂山区行政审批服务局
    const response = await officer.request(
      'POST',
      '/api/cases',
      await counterBody({
        administrativeMatterId: food.id,
        proofs: [commitTo('营业执照'), commitTo('经营场所证明', 'consent')],
      }),
    );
    expect(response.statusCode, response.body).toBe(403);
    // nor with a scan someone else uploaded
    const foreignScan = await officer.request(
      'POST',
      '/api/cases',
      await counterBody({ signature: { method: 'paper', scanFileId: await uploadProof(applicant, LS) } }),
    );
    expect(foreignScan.statusCode).toBe(400);
    expect(foreignScan.json().field).toBe('fileId');
  });

  it('CASE-7: a counter case of a party with an account shows among that applicant’s own cases', async () => {
    const entered = await ok<CaseView>(
      officer.request(
        'POST',
        '/api/cases',
        await counterBody({
          applicant: { kind: 'person', identifier: '370212197803122135', name: '张立新' },
        }),
      ),
      201,
    );
    expect((await list(applicant)).find((c) => c.id === entered.id)).toMatchObject({ channel: 'counter' });
    expect((await getCaseView(applicant, entered.id)).applicant.name).toBe('张立新');
  });
});

describe('an application sent twice (two tabs, a double entry): said before, marked after', () => {
  it('the form names the applications under way for the matter; both cases and both queue rows are marked', async () => {
    // 失业保险金申领, handled by the officer's 区人社局; the company has none under way
    const matter = byCode.get('LS-01')!;
    const form = () =>
      ok<ApplicationForm>(company.request('GET', `/api/cases/application-form?matterId=${matter.id}`));
    expect((await form()).openApplications).toEqual([]);
    const first = await submitted(company, 'LS-01');
    expect(first.likelyDuplicates).toEqual([]);
    expect((await form()).openApplications).toEqual([
      { id: first.id, caseNo: first.caseNo, state: 'submitted' },
    ]);
    const second = await submitted(company, 'LS-01');
    expect(second.likelyDuplicates).toEqual([{ id: first.id, caseNo: first.caseNo }]);
    expect((await getCaseView(officer, first.id)).likelyDuplicates).toEqual([
      { id: second.id, caseNo: second.caseNo },
    ]);
    const queue = await list(officer);
    for (const c of [first, second]) expect(queue.find((r) => r.id === c.id)?.likelyDuplicate).toBe(true);
    // once one is withdrawn, the other is no longer marked
    await ok(act(company, second, 'withdraw', '重复提交'));
    expect((await getCaseView(officer, first.id)).likelyDuplicates).toEqual([]);
    expect((await list(officer)).find((r) => r.id === first.id)?.likelyDuplicate).toBe(false);
  });
});

describe('DOC-6 a case’s letters checked through the API', () => {
  it('the case names each letter’s stored PDF and where to check it; its readers check it, intact', async () => {
    const c = await submitted(applicant, 'LS-02');
    const letter = c.documents.find((d) => d.kind === 'commitment')!;
    expect(letter.verificationUrl).toBe(`/api/cases/${c.id}/documents/${letter.id}/verification`);
    for (const reader of [applicant, officer]) {
      const checked = await ok<{
        storedDocumentId: string;
        recorded: string;
        computed: string;
        intact: boolean;
      }>(reader.request('GET', letter.verificationUrl));
      expect(checked.intact).toBe(true);
      expect(checked.computed).toBe(checked.recorded);
      const pdf = await reader.request('GET', letter.pdfUrl);
      expect(String(pdf.headers.etag)).toBe(`"${checked.recorded}"`);
    }
    const rendered = (await getCaseView(applicant, c.id)).documents.find((d) => d.id === letter.id)!;
    expect(rendered.storedDocumentId).toEqual(expect.any(String));
    expect((await company.request('GET', letter.verificationUrl)).statusCode).toBe(404);
  });
});

describe('what the applicant is told first', () => {
  it('withdrawing a decided case says it is decided, before asking for a reason', async () => {
    const c = await submitted(applicant, 'LS-03');
    const taken = await ok<CaseView>(act(officer, c, 'accept'));
    const approved = await ok<CaseView>(
      decide(officer, taken, { outcome: 'approve', documentNo: '崂人社给〔2026〕9377号' }),
    );
    const late = await act(applicant, approved, 'withdraw', '');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'ILLEGAL_TRANSITION', params: { state: 'approved' } });
  });

  it('SPEC §10 Files: a file’s name must fit its content, and content that is not base64 is said to be so', async () => {
    const upload = (body: Record<string, string>) =>
      applicant.request('POST', '/api/cases/files', {
        districtCode: LS,
        fileName: '证明.pdf',
        contentType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
        ...body,
      });
    const exe = await upload({ fileName: 'setup.exe' });
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ field: 'fileName', message: expect.stringContaining('.pdf') });
    const garbage = await upload({ contentBase64: '这不是文件!!' });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()).toMatchObject({
      field: 'contentBase64',
      message: expect.stringContaining('Base64'),
    });
    const notPdf = await upload({ contentBase64: Buffer.from('hello').toString('base64') });
    expect(notPdf.json()).toMatchObject({ field: 'contentBase64', message: '文件内容不是 PDF 文件' });
    expect((await upload({ fileName: 'SCAN.PDF' })).statusCode).toBe(201);
  });
});

describe('SPEC §10 Clocks: a case due in a year whose holiday schedule is not published yet', () => {
  it('says the running clock’s due date is provisional, on the case and in the queue', async () => {
    const saved = t.clock.now;
    t.clock.now = new Date('2026-12-25T02:00:00Z');
    try {
      const [who, staff] = [await t.login('ls-applicant'), await t.login('ls-case-officer')];
      const matter = byCode.get('LS-02')!;
      const c = await ok<CaseView>(
        apply(who, { administrativeMatterId: matter.id, proofs: await choicesFor(who, LS, matter) }),
        201,
      );
      // 12-28 … 12-31, (2027-01-01 元旦 by law), 01-04
      expect(c.acceptDueDate).toBe('2027-01-04');
      expect(c.dueWarnings).toEqual([expect.objectContaining({ year: 2027 })]);
      const row = (await ok<CaseSummary[]>(staff.request('GET', '/api/cases'))).find((r) => r.id === c.id)!;
      expect(row.dueWarnings).toEqual([expect.objectContaining({ year: 2027 })]);
    } finally {
      t.clock.now = saved;
    }
  });
});
