// CASE-6: the officer accepts, approves or refuses with a decision date and a document number; approval
// starts the verification plan (VER-1): one task per committed proof, due the item's working days after
// the decision, exempt items marked for supervision.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicableMatter,
  act,
  apply,
  type CaseView,
  choicesFor,
  decide,
  getCaseView,
  matters,
} from '../../tests/support/cases.ts';
import { expectRealPdf } from '../../tests/support/documents.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { deadlines, notifications } from '../inbox/schema.ts';
import { verificationTasks } from '../verification/schema.ts';
import { caseDocuments, cases, commitments } from './schema.ts';

const LS = '370212';
let t: TestApp;
let applicant: Session;
let officer: Session;
let verifier: Session;
let byCode: Map<string, ApplicableMatter>;

interface VerificationTask {
  id: string;
  caseId: string;
  caseNo: string;
  proofName: string;
  kind: 'verification' | 'supervision';
  verification: string;
  method: string;
  dueDate: string | null;
  decidedOn: string;
  state: string;
}

async function submitted(code: string, session = applicant): Promise<CaseView> {
  const matter = byCode.get(code)!;
  return ok<CaseView>(
    apply(session, { administrativeMatterId: matter.id, proofs: await choicesFor(session, LS, matter) }),
    201,
  );
}
const accepted = async (code: string) => ok<CaseView>(act(officer, await submitted(code), 'accept'));

const addWorkingDays = async (from: string, days: number) =>
  (
    await ok<{ date: string }>(
      officer.request('GET', `/api/calendar/add-working-days?from=${from}&days=${days}`),
    )
  ).date;

const deadline = async (key: string) =>
  (await t.database.db.select().from(deadlines).where(eq(deadlines.key, key)))[0];

const tasksOf = (caseId: string) =>
  t.database.db.select().from(verificationTasks).where(eq(verificationTasks.caseId, caseId));

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('ls-applicant');
  officer = await t.login('ls-case-officer');
  verifier = await t.login('ls-verifier');
  byCode = new Map((await matters(applicant, LS)).map((m) => [m.code, m]));
});
afterAll(() => t.close());

describe('CASE-6 acceptance', () => {
  it('CASE-6: accepting stops the acceptance clock and starts the 20-working-day decision clock', async () => {
    const sent = await submitted('LS-02');
    expect(sent.acceptDueDate).toBe(await addWorkingDays('2026-09-24', 5));
    expect((await deadline(`case:${sent.id}:accept`))?.state).toBe('open');
    const taken = await ok<CaseView>(act(officer, sent, 'accept'));
    expect(taken).toMatchObject({ state: 'accepted', acceptedAt: t.clock.now.toISOString() });
    expect(taken.decisionDueDate).toBe(await addWorkingDays('2026-09-24', 20));
    expect((await deadline(`case:${sent.id}:accept`))?.state).toBe('done');
    expect(await deadline(`case:${sent.id}:decide`)).toMatchObject({
      state: 'open',
      dueDate: taken.decisionDueDate,
      responsibleRole: 'case-officer',
    });
    expect(taken.allowedActions.sort()).toEqual(['approve', 'refuse', 'request-correction', 'terminate']);
  });

  it('CASE-6: only the handling officer acts: the applicant cannot accept (403), nor decide (403)', async () => {
    const sent = await submitted('LS-03');
    expect((await act(applicant, sent, 'accept')).statusCode).toBe(403);
    const decision = await decide(applicant, sent, {
      outcome: 'approve',
      documentNo: '崂人社许〔2026〕9401号',
    });
    expect(decision.statusCode).toBe(403);
    expect((await getCaseView(applicant, sent.id)).state).toBe('submitted');
  });

  it('CASE-6: a submitted case is not decided before acceptance (409), and nothing of a decision is written', async () => {
    const sent = await submitted('LS-03');
    const early = await decide(officer, sent, { outcome: 'approve', documentNo: '崂人社许〔2026〕9402号' });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().code).toBe('ILLEGAL_TRANSITION');
    expect(await tasksOf(sent.id)).toEqual([]);
    const rows = await t.database.db.select().from(commitments).where(eq(commitments.caseId, sent.id));
    expect(rows.map((c) => c.state)).toEqual(['signed']);
    expect(await getCaseView(officer, sent.id)).toMatchObject({ state: 'submitted', decisionNo: null });
  });

  it('CASE-6: the refusal of a step says which steps the officer may take instead', async () => {
    const sent = await submitted('LS-03');
    const early = await decide(officer, sent, { outcome: 'approve', documentNo: '崂人社许〔2026〕9403号' });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().params).toEqual({
      state: 'submitted',
      action: 'approve',
      allowedActions: ['accept', 'request-correction', 'refuse', 'terminate'],
    });
  });

  it('CASE-6: the database itself refuses a case or commitment state outside the workflow', async () => {
    const sent = await submitted('LS-03');
    await expect(
      t.database.db
        .update(cases)
        .set({ state: 'lost' as never })
        .where(eq(cases.id, sent.id)),
    ).rejects.toThrow();
    await expect(
      t.database.db
        .update(commitments)
        .set({ state: 'forgotten' as never })
        .where(eq(commitments.caseId, sent.id)),
    ).rejects.toThrow();
    expect((await getCaseView(officer, sent.id)).state).toBe('submitted');
  });
});

describe('CASE-6 approval and VER-1 verification plan', () => {
  let approved: CaseView;

  it('CASE-6: approves with the decision date and document number; the decision clock closes', async () => {
    const ready = await accepted('LS-15'); // 学历证明 (online), 工作年限证明 (exempt)
    approved = await ok<CaseView>(
      decide(officer, ready, {
        outcome: 'approve',
        documentNo: ' 崂人社审〔2026〕9403号 ',
        decidedOn: '2026-09-24',
      }),
    );
    expect(approved).toMatchObject({
      state: 'approved',
      decidedOn: '2026-09-24',
      decisionNo: '崂人社审〔2026〕9403号',
      eligibilityFailed: false,
      allowedActions: [],
      proofsOpen: false,
    });
    expect(approved.decisionEligibility?.eligible).toBe(true);
    expect((await deadline(`case:${ready.id}:decide`))?.state).toBe('done');
    expect(approved.history.map((h) => h.action)).toEqual([
      'case.submitted',
      'case.accepted',
      'verification.planned',
      'case.approved',
    ]);
  });

  it('VER-1: one task per committed proof, with the item’s method and a due date in working days; exempt → supervision', async () => {
    const tasks = approved.verificationTasks;
    expect(tasks).toHaveLength(2);
    const online = tasks.find((v) => v.proofName === '学历证明')!;
    const exempt = tasks.find((v) => v.proofName === '工作年限证明')!;
    const onlineItem = approved.proofs.find((p) => p.proofName === '学历证明')!.item!;
    expect(online).toMatchObject({ kind: 'verification', verification: 'online', state: 'planned' });
    expect(online.method).toBeTruthy();
    expect(online.dueDate).toBe(await addWorkingDays('2026-09-24', onlineItem.timeLimitWorkingDays));
    expect(exempt).toMatchObject({ kind: 'supervision', verification: 'exempt', dueDate: null });
    // the commitments are now in verification (CRED-1)
    const rows = await t.database.db.select().from(commitments).where(eq(commitments.caseId, approved.id));
    expect(rows.map((c) => c.state)).toEqual(['in-verification', 'in-verification']);
    // the verifiers' clock for the verified one; none for supervision
    const clocks = await t.database.db.select().from(deadlines).where(like(deadlines.key, 'verification:%'));
    const ids = (await tasksOf(approved.id)).map((task) => task.id);
    const mine = clocks.filter((d) => ids.some((id) => d.key === `verification:${id}`));
    expect(mine).toEqual([
      expect.objectContaining({ dueDate: online.dueDate, responsibleRole: 'verifier', state: 'open' }),
    ]);
  });

  it('VER-1: the agency’s verifier sees the tasks with their due dates', async () => {
    const tasks = await ok<VerificationTask[]>(verifier.request('GET', '/api/verification/tasks'));
    const mine = tasks.filter((v) => v.caseId === approved.id);
    expect(mine.map((v) => [v.proofName, v.kind, v.dueDate]).sort()).toEqual(
      approved.verificationTasks.map((v) => [v.proofName, v.kind, v.dueDate]).sort(),
    );
    expect(mine[0]).toMatchObject({ caseNo: approved.caseNo, decidedOn: '2026-09-24' });
    // and the applicant may not read the verifiers' queue
    expect((await applicant.request('GET', '/api/verification/tasks')).statusCode).toBe(403);
  });

  it('VER-1: the clocks start at the decision date, not at the day it was entered', async () => {
    const ready = await accepted('LS-03');
    const later = new Date(t.clock.now);
    t.clock.now = new Date('2026-09-29T03:00:00Z');
    try {
      const lateOfficer = await t.login('ls-case-officer'); // yesterday's session has expired
      const decided = await ok<CaseView>(
        decide(lateOfficer, ready, {
          outcome: 'approve',
          documentNo: '崂人社给〔2026〕9404号',
          decidedOn: '2026-09-24',
        }),
      );
      const days = decided.proofs[0]!.item!.timeLimitWorkingDays;
      const due = await ok<{ date: string }>(
        lateOfficer.request('GET', `/api/calendar/add-working-days?from=2026-09-24&days=${days}`),
      );
      expect(decided.verificationTasks[0]!.dueDate).toBe(due.date);
      expect(decided.verificationTasks[0]!.dueDate).not.toBe(
        (
          await ok<{ date: string }>(
            lateOfficer.request('GET', `/api/calendar/add-working-days?from=2026-09-29&days=${days}`),
          )
        ).date,
      );
    } finally {
      t.clock.now = later;
    }
  });

  it('CASE-6: a decided case is decided once: a second decision is refused (409)', async () => {
    const again = await decide(officer, approved, {
      outcome: 'refuse',
      documentNo: '崂人社审〔2026〕9405号',
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');
    expect(await tasksOf(approved.id)).toHaveLength(2);
  });
});

describe('CASE-6 what a decision must state', () => {
  it('CASE-6: a decision date in the future is refused (400 decidedOn); so is one before the application', async () => {
    const ready = await accepted('LS-03');
    for (const decidedOn of ['2026-09-25', '2026-09-23']) {
      const response = await decide(officer, ready, {
        outcome: 'approve',
        documentNo: '崂人社给〔2026〕9406号',
        decidedOn,
      });
      expect(response.statusCode, decidedOn).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION', field: 'decidedOn' });
    }
    const blank = await decide(officer, ready, { outcome: 'approve', documentNo: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().field).toBe('documentNo');
    expect((await getCaseView(officer, ready.id)).state).toBe('accepted');
  });

  it('CASE-6: a document number already used in the district is refused (409 documentNo) and nothing is half-written', async () => {
    const first = await accepted('LS-02');
    await ok(decide(officer, first, { outcome: 'approve', documentNo: '崂人社给〔2026〕9407号' }));
    const second = await accepted('LS-29');
    const clash = await decide(officer, second, { outcome: 'approve', documentNo: '崂人社给〔2026〕9407号' });
    expect(clash.statusCode, clash.body).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'CONFLICT', field: 'documentNo' });
    expect(await getCaseView(officer, second.id)).toMatchObject({ state: 'accepted', decisionNo: null });
    expect(await tasksOf(second.id)).toEqual([]);
    const rows = await t.database.db.select().from(commitments).where(eq(commitments.caseId, second.id));
    expect(rows.every((c) => c.state === 'signed')).toBe(true);
    expect((await deadline(`case:${second.id}:decide`))?.state).toBe('open');
  });

  it('CASE-6: the same document number in another district is another document', async () => {
    const st = await t.login('st-applicant');
    const stOfficer = await t.login('st-case-officer');
    const food = (await matters(st, '370406')).find((m) => m.code === 'ST-13')!; // 个体工商户登记
    const sent = await ok<CaseView>(
      apply(st, { administrativeMatterId: food.id, proofs: await choicesFor(st, '370406', food) }),
      201,
    );
    const taken = await ok<CaseView>(act(stOfficer, sent, 'accept'));
    const decided = await ok<CaseView>(
      decide(stOfficer, taken, { outcome: 'approve', documentNo: '崂人社给〔2026〕9407号' }),
    );
    expect(decided.state).toBe('approved');
  });

  it('CASE-6: a refusal needs its reasons (400 reason); refused, the commitments lapse and nothing is verified', async () => {
    const ready = await accepted('LS-29');
    const bare = await decide(officer, ready, { outcome: 'refuse', documentNo: '崂人社给〔2026〕9408号' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().field).toBe('reason');
    const refused = await ok<CaseView>(
      decide(officer, ready, {
        outcome: 'refuse',
        documentNo: '崂人社给〔2026〕9408号',
        reason: '申请人不符合高校毕业生住房补贴申领条件',
      }),
    );
    expect(refused).toMatchObject({
      state: 'refused',
      decisionNo: '崂人社给〔2026〕9408号',
      decidedOn: '2026-09-24',
      officerNote: '申请人不符合高校毕业生住房补贴申领条件',
      verificationTasks: [],
    });
    const rows = await t.database.db.select().from(commitments).where(eq(commitments.caseId, ready.id));
    expect(rows.map((c) => c.state)).toEqual(['lapsed', 'lapsed', 'lapsed']);
    expect((await deadline(`case:${ready.id}:decide`))?.state).toBe('done');
  });

  it('CASE-6: asking for correction or terminating needs a note; terminating cancels the clocks', async () => {
    const sent = await submitted('LS-02');
    const bare = await act(officer, sent, 'request-correction');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().field).toBe('note');
    const ended = await ok<CaseView>(act(officer, sent, 'terminate', '申请人死亡，终止办理'));
    expect(ended).toMatchObject({ state: 'terminated', officerNote: '申请人死亡，终止办理' });
    expect((await deadline(`case:${sent.id}:accept`))?.state).toBe('cancelled');
    const rows = await t.database.db
      .select()
      .from(commitments)
      .where(and(eq(commitments.caseId, sent.id), eq(commitments.state, 'signed')));
    expect(rows).toEqual([]);
  });
});

/** A decided case's 决定书 as `session` downloads it: status, and the text it prints. */
async function decisionPdf(session: Session, c: CaseView) {
  const response = await session.request('GET', `/api/cases/${c.id}/decision/pdf`);
  return {
    status: response.statusCode,
    text: response.statusCode === 200 ? expectRealPdf(response.rawPayload) : '',
    /** The stored document's SM3, as its ETag carries it. */
    sm3: String(response.headers.etag).replaceAll('"', ''),
  };
}

describe('CASE-6 the decision in the words of the matter’s kind, and its document (DOC-6)', () => {
  it('CASE-6: a benefit (行政给付) is granted as 准予给付: buttons, state, notices and notes say so', async () => {
    const ready = await accepted('LS-02'); // 失业保险丧葬补助金和抚恤金申领, 行政给付
    expect(ready).toMatchObject({
      matterKind: '行政给付',
      decisionWording: {
        approve: { zh: '准予给付', en: 'Grant the benefit' },
        refuse: { zh: '不予给付' },
        approvedState: { zh: '准予给付' },
        refusedState: { zh: '不予给付' },
      },
      decisionDocument: null,
    });
    expect((await decisionPdf(applicant, ready)).status).toBe(404);
    const done = await ok<CaseView>(
      decide(officer, ready, { outcome: 'approve', documentNo: '崂人社给〔2026〕9501号' }),
    );
    expect(done.stateLabel).toEqual({ zh: '准予给付', en: 'Benefit granted' });
    const titles = await t.database.db
      .select({ title: notifications.title })
      .from(notifications)
      .where(eq(notifications.link, `/workbench/cases/${done.id}`));
    expect(titles.map((n) => n.title)).toContain(`${done.caseNo} 已作出准予给付决定`);
    expect(titles.map((n) => n.title).join()).not.toContain('许可');
    const rows = await t.database.db.select().from(commitments).where(eq(commitments.caseId, done.id));
    expect(rows.map((c) => c.stateNote)).toEqual(
      rows.map(() => '准予给付（崂人社给〔2026〕9501号），进入核查'),
    );
    const listed = await ok<{ id: string; stateLabel: { zh: string } }[]>(
      applicant.request('GET', '/api/cases'),
    );
    expect(listed.find((c) => c.id === done.id)?.stateLabel.zh).toBe('准予给付');
  });

  it('DOC-6: the applicant and the officer download the 准予行政给付决定书: agency, applicant, matter, number, date, commitment note', async () => {
    const ready = await accepted('LS-02');
    const done = await ok<CaseView>(
      decide(officer, ready, { outcome: 'approve', documentNo: '崂人社给〔2026〕9502号' }),
    );
    expect(done.decisionDocument).toEqual({
      id: expect.any(String),
      title: '准予行政给付决定书',
      pdfUrl: `/api/cases/${done.id}/decision/pdf`,
    });
    expect(done.documents.filter((d) => d.kind === 'decision').map((d) => d.title)).toEqual([
      '准予行政给付决定书',
    ]);
    const mine = await decisionPdf(applicant, done);
    expect(mine.status).toBe(200);
    for (const words of [
      '准予行政给付决定书',
      '崂人社给〔2026〕9502号',
      '2026年9月24日',
      done.agencyName,
      '张立新',
      done.matterName,
      done.caseNo,
      '本机关决定准予行政给付',
      '将在规定期限内对承诺内容进行核查',
      '依法撤销本决定',
      '作出决定机关（印章）',
    ])
      expect(mine.text, words).toContain(words);
    expect(mine.text).not.toContain('许可');
    // the same stored document for the officer, its SM3 recorded when it was first rendered
    const theirs = await decisionPdf(officer, done);
    expect(theirs).toMatchObject({ status: 200, sm3: mine.sm3 });
    const [letter] = await t.database.db
      .select()
      .from(caseDocuments)
      .where(eq(caseDocuments.id, done.decisionDocument!.id));
    expect(letter!.storedDocumentId).not.toBeNull();
    const check = await ok<{ intact: boolean; recorded: string }>(
      applicant.request('GET', `/api/cases/${done.id}/documents/${done.decisionDocument!.id}/verification`),
    );
    expect(check).toMatchObject({ intact: true, recorded: mine.sm3 });
  });

  it('DOC-6: a refusal’s document is 不予行政给付决定书 with its reasons; another applicant finds nothing (404)', async () => {
    const ready = await accepted('LS-29'); // 高校毕业生住房补贴申领, 行政给付
    const bare = await decide(officer, ready, { outcome: 'refuse', documentNo: '崂人社给〔2026〕9503号' });
    expect(bare.json().message).toBe('不予给付须说明理由');
    const refused = await ok<CaseView>(
      decide(officer, ready, {
        outcome: 'refuse',
        documentNo: '崂人社给〔2026〕9503号',
        reason: '申请人毕业已超过5年，不符合申领条件',
      }),
    );
    expect(refused.stateLabel.zh).toBe('不予给付');
    const pdf = await decisionPdf(applicant, refused);
    expect(pdf.status).toBe(200);
    for (const words of [
      '不予行政给付决定书',
      '崂人社给〔2026〕9503号',
      '2026年9月24日',
      '申请人毕业已超过5年，不符合申领条件',
      '本机关决定不予行政给付',
      '行政复议',
      '随本决定失效',
    ])
      expect(pdf.text, words).toContain(words);
    expect(pdf.text).not.toContain('进入核查');
    const stranger = await t.login('ls-company');
    expect((await decisionPdf(stranger, refused)).status).toBe(404);
  });

  it('CASE-6: a matter of kind 其他 is decided as 准予办理', async () => {
    const ready = await accepted('LS-15'); // 职业资格考试报名, 其他
    const done = await ok<CaseView>(
      decide(officer, ready, { outcome: 'approve', documentNo: '崂人社审〔2026〕9504号' }),
    );
    expect(done.stateLabel.zh).toBe('准予办理');
    expect(done.decisionDocument?.title).toBe('准予办理决定书');
    expect((await decisionPdf(officer, done)).text).toContain('本机关决定准予办理');
  });
});
