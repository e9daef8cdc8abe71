// VER-4 assistance (within a district and across the two served here), VER-3 on-site visits merged
// for one company, VER-8 the subject's log of who looked at their data, VER-9 the applicant's view.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCaseView } from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type TestApp } from '../../tests/support/test-app.ts';
import { getTaskDetail, type TaskDetail } from '../../tests/support/verification.ts';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { escalateOverdueAssistance } from './assistance-escalation.ts';
import { assistanceRequests, verificationTasks } from './schema.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Assistance {
  id: string;
  requestingDistrict: string;
  requestingAgency: string;
  assistingAgency: string;
  matterName: string;
  subjectName: string;
  subjectIdentifier: string;
  state: string;
  allowedActions: string[];
}

/** The demo's open request from 山亭区 to 崂山区人社局 (跨区域协查), as 崂山区 sees it. */
const crossDistrictRequest = async () => {
  const lsVerifier = await t.login('ls-verifier');
  const queue = await ok<Assistance[]>(lsVerifier.request('GET', '/api/verification/assistance'));
  const request = queue.find((r) => r.requestingDistrict === '山亭区' && r.state === 'open');
  expect(request, 'the demo’s open request from 山亭区').toBeDefined();
  return { lsVerifier, request: request! };
};

describe('VER-4 assistance across agencies and districts', () => {
  it('VER-4: the assisting district sees the request and only what it carries (matter, fact, name, masked number)', async () => {
    const { lsVerifier, request } = await crossDistrictRequest();
    expect(request).toMatchObject({
      requestingAgency: '山亭区行政审批服务局',
      assistingAgency: '崂山区人力资源和社会保障局',
      matterName: '农作物种子生产经营许可',
      subjectName: '枣庄山亭翼云农产品有限公司',
      allowedActions: ['answer'],
    });
    // A company's credit code is public; a person's number would be masked (maskIdentifier).
    expect(request.subjectIdentifier).toBe(maskIdentifier('91370406MA3N2P8R5T'));
    expect(Object.keys(request).sort()).toEqual(
      [
        'allowedActions',
        'answer',
        'answerOutcome',
        'answeredAt',
        'assistingAgency',
        'attachments',
        'dueDate',
        'id',
        'matterName',
        'overdue',
        'proofName',
        'question',
        'requestedAt',
        'requestingAgency',
        'requestingDistrict',
        'state',
        'subjectIdentifier',
        'subjectName',
      ].sort(),
    );
    // Nothing else of 山亭区: its task and case are not found from 崂山区.
    const [row] = await t.database.db
      .select()
      .from(assistanceRequests)
      .where(eq(assistanceRequests.id, request.id));
    const task = await lsVerifier.request('GET', `/api/verification/tasks/${row!.taskId}`);
    expect(task.statusCode).toBe(404);
    const [taskRow] = await t.database.db
      .select()
      .from(verificationTasks)
      .where(eq(verificationTasks.id, row!.taskId));
    expect((await lsVerifier.request('GET', `/api/cases/${taskRow!.caseId}`)).statusCode).toBe(404);
  });

  it('VER-4: the answer comes back into the requesting district’s task, with the assisting agency named', async () => {
    const { lsVerifier, request } = await crossDistrictRequest();
    const [row] = await t.database.db
      .select()
      .from(assistanceRequests)
      .where(eq(assistanceRequests.id, request.id));
    const answered = await lsVerifier.request('POST', `/api/verification/assistance/${request.id}/answer`, {
      outcome: 'true',
      answer: '经核实，该农艺师证书由我局于2016年核发，真实有效。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const again = await lsVerifier.request('POST', `/api/verification/assistance/${request.id}/answer`, {
      outcome: 'true',
      answer: '重复答复',
    });
    expect(again.statusCode).toBe(409);
    const stVerifier = await t.login('st-verifier');
    const task = await getTaskDetail(stVerifier, row!.taskId);
    expect(task.state).toBe('in-progress');
    expect(task.evidence.at(-1)).toMatchObject({ kind: 'assistance-answer' });
    expect(task.evidence.at(-1)!.summary).toContain('崂山区人力资源和社会保障局协查答复（属实）');
    expect(task.assistance[0]).toMatchObject({ state: 'answered', answerOutcome: 'true' });
    const inbox = (await stVerifier.request('GET', '/api/inbox')).json().items as { title: string }[];
    expect(inbox.some((i) => i.title.startsWith('协查已答复'))).toBe(true);
  });

  it('VER-4: a request to another agency is asked of the one the item names, or the one picked; overdue, it is escalated once', async () => {
    const stVerifier = await t.login('st-verifier');
    const tasks = await ok<{ id: string; state: string; verification: string; proofName: string }[]>(
      stVerifier.request('GET', '/api/verification/tasks?method=on-site&state=in-progress'),
    );
    const premises = tasks.find((x) => x.proofName === '经营场所证明')!;
    const agencies = await ok<{ id: string; name: string; districtCode: string }[]>(
      stVerifier.request('GET', '/api/verification/assisting-agencies'),
    );
    expect(new Set(agencies.map((a) => a.districtCode))).toEqual(new Set(['370212', '370406']));
    const police = agencies.find((a) => a.name === '枣庄市公安局山亭分局')!;
    const asked = await stVerifier.request('POST', `/api/verification/tasks/${premises.id}/assistance`, {
      agencyId: police.id,
      question: '请协助核实经营场所是否在征收范围内。',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const detail = asked.json() as TaskDetail;
    expect(detail.state).toBe('awaiting-assistance');
    const dueDate = detail.assistance.at(-1)!.dueDate;
    // Due 10 working days after 2026-09-24 (the district's setting), across National Day.
    expect(dueDate).toBe('2026-10-15');
    const police1 = await t.login('st-assisting-officer');
    expect(
      (await ok<Assistance[]>(police1.request('GET', '/api/verification/assistance'))).map((r) => r.state),
    ).toContain('open');
    expect(await escalateOverdueAssistance(t.database, new Date('2026-10-15T10:00:00+08:00'))).toBe(0);
    expect(
      await escalateOverdueAssistance(t.database, new Date('2026-10-16T10:00:00+08:00')),
    ).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueAssistance(t.database, new Date('2026-10-17T10:00:00+08:00'))).toBe(0);
    const justice = (await (await t.login('st-justice')).request('GET', '/api/inbox')).json().items as {
      title: string;
    }[];
    expect(justice.some((i) => i.title.startsWith('协查逾期未复'))).toBe(true);
  });
});

describe('VER-3 on-site visits', () => {
  it('VER-3: the demo merged the company’s two premises checks into one visit by two inspectors', async () => {
    const stVerifier = await t.login('st-verifier');
    const visits = await ok<{ tasks: { caseNo: string }[]; inspectors: unknown[]; state: string }[]>(
      stVerifier.request('GET', '/api/verification/visits'),
    );
    const merged = visits.find((v) => v.tasks.length === 2);
    expect(merged).toMatchObject({ state: 'recorded' });
    expect(merged!.inspectors.length).toBeGreaterThanOrEqual(2);
  });

  it('VER-3: a visit needs two inspectors; proposals group one party’s on-site tasks; recording settles each task', async () => {
    const lsOfficer = await t.login('ls-approval-officer');
    expect((await lsOfficer.request('GET', '/api/verification/visits')).statusCode).toBe(403);
    const stVerifier = await t.login('st-verifier');
    const open = await ok<{ id: string; proofName: string; state: string }[]>(
      stVerifier.request('GET', '/api/verification/tasks?method=on-site'),
    );
    const target = open[0];
    expect(target, 'an on-site task of the agency').toBeDefined();
    const one = await stVerifier.request('POST', '/api/verification/visits', {
      taskIds: [target!.id],
      scheduledOn: '2026-09-28',
      address: '山东省枣庄市山亭区山城街道汉诺路36号',
      inspectors: [{ name: '卫东', certificateNo: '37040621005' }],
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().field).toBe('inspectors');
  });
});

describe('VER-8 who looked at my data, and VER-9 the applicant’s view', () => {
  it('VER-8: the applicant sees who queried data about them, for which case and why; a delayed entry shows only after its date', async () => {
    const applicant = await t.login('ls-applicant');
    const log = await ok<
      { id: string; agencyName: string; recordTypeLabel: string; caseNo: string; purpose: string }[]
    >(applicant.request('GET', '/api/me/data-access-log'));
    expect(log.length).toBeGreaterThanOrEqual(1);
    expect(log[0]).toMatchObject({ agencyName: '崂山区人力资源和社会保障局', recordTypeLabel: '户籍' });
    expect(log[0]!.purpose).toContain('死亡证明');
    const verifier = await t.login('ls-verifier');
    const delayed = await verifier.request('POST', `/api/verification/data-access-log/${log[0]!.id}/delay`, {
      until: '2026-12-31',
      reason: '涉嫌骗取社会保险待遇，调查期间暂缓告知',
    });
    expect(delayed.statusCode, delayed.body).toBe(200);
    const now = await ok<{ id: string }[]>(applicant.request('GET', '/api/me/data-access-log'));
    expect(now.map((e) => e.id)).not.toContain(log[0]!.id);
    t.clock.now = new Date('2026-12-31T10:00:00+08:00');
    try {
      const tomorrow = await t.login('ls-applicant');
      const later = await ok<{ id: string }[]>(tomorrow.request('GET', '/api/me/data-access-log'));
      expect(later.map((e) => e.id)).toContain(log[0]!.id);
    } finally {
      t.clock.now = new Date('2026-09-24T02:00:00.000Z');
    }
    const past = await verifier.request('POST', `/api/verification/data-access-log/${log[0]!.id}/delay`, {
      until: '2026-09-01',
      reason: 'x',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().field).toBe('until');
  });

  it('VER-8: the big-data centre reads the district’s queries, narrowed by period, answer and agency, and exports them', async () => {
    type Entry = { id: string; at: string; agencyName: string; answered: string; recordType: string };
    const centre = await t.login('ls-data');
    const all = await ok<Entry[]>(centre.request('GET', '/api/verification/data-access-log'));
    expect(all.length).toBeGreaterThan(1);
    const verifier = await ok<Entry[]>(
      (await t.login('ls-verifier')).request('GET', '/api/verification/data-access-log'),
    );
    // The verifier sees its agency's queries; the centre every agency's of the district.
    expect(all.length).toBeGreaterThanOrEqual(verifier.length);
    const agency = all[0]!.agencyName;
    const ofAgency = await ok<Entry[]>(
      centre.request('GET', `/api/verification/data-access-log?agency=${encodeURIComponent(agency)}`),
    );
    expect(ofAgency.length).toBe(all.filter((e) => e.agencyName === agency).length);
    const found = await ok<Entry[]>(
      centre.request('GET', '/api/verification/data-access-log?answered=found'),
    );
    expect(found.length).toBe(all.filter((e) => e.answered === 'found').length);
    const day = all[0]!.at.slice(0, 10);
    const none = await ok<Entry[]>(
      centre.request('GET', '/api/verification/data-access-log?from=2020-01-01&to=2020-12-31'),
    );
    expect(none).toEqual([]);
    const sinceDay = await ok<Entry[]>(
      centre.request('GET', `/api/verification/data-access-log?from=${day}`),
    );
    expect(sinceDay.length).toBeGreaterThanOrEqual(1);
    const bad = await centre.request('GET', '/api/verification/data-access-log?answered=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toContain('answered');

    const exported = await centre.request(
      'GET',
      '/api/verification/data-access-log?format=xlsx&answered=found',
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    expect(exported.headers['content-disposition']).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).values).toContain('查询单位');
    // Title, subtitle and headings, then one row per query found.
    expect(sheet.rowCount).toBe(3 + found.length);
    expect(sheet.getRow(4).getCell(7).value).toBe('查得');
  });

  it('VER-9: each commitment of the applicant’s case shows method, checking agency, due date, state and result', async () => {
    const applicant = await t.login('st-company');
    const cases = await ok<{ id: string; caseNo: string; matterName: string }[]>(
      applicant.request('GET', '/api/cases'),
    );
    const seeds = cases.find((c) => c.matterName === '农作物种子生产经营许可')!;
    const view = await getCaseView(applicant, seeds.id);
    const byProof = Object.fromEntries(view.verificationTasks.map((v) => [v.proofName, v]));
    expect(byProof.经营场所证明).toMatchObject({
      verification: 'on-site',
      checkingAgency: '山亭区行政审批服务局',
      state: 'done',
      outcome: 'true',
    });
    expect(byProof.营业执照).toMatchObject({ state: 'regularising', regularisation: { state: 'open' } });
    expect(byProof.营业执照!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
