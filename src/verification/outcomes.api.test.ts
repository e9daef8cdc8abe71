// VER-6/VER-7/SUP-3/CRED-1/CASE-2: what a verifier's result does. A falsity writes the integrity file
// and opens a handling record in the same transaction (and the party can no longer commit); a
// good-faith error goes to regularisation and never touches the integrity file.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  act,
  apply,
  type CaseView,
  commitTo,
  findMatter,
  getCaseView,
  uploadProof,
} from '../../tests/support/cases.ts';
import { startTestExchange, type TestExchange } from '../../tests/support/exchange.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, freshDatabase, type TestApp } from '../../tests/support/test-app.ts';
import {
  approvedGraduateCase,
  GRADUATE,
  getTaskDetail,
  type TaskDetail,
  taskOf,
} from '../../tests/support/verification.ts';
import { creditRecords } from '../credit/index.ts';
import { parties } from '../organisation/index.ts';
import { falseCommitmentHandlings, regularisations } from './schema.ts';

let t: TestApp;
let exchange: TestExchange;

beforeEach(async () => {
  const database = await freshDatabase();
  exchange = await startTestExchange(database, () => t.clock.now);
  t = await createTestApp({ database, onlineChecks: { ...exchange.runner, nudge: () => {} } });
});
afterEach(async () => {
  await exchange.stop();
  await t.close();
});

/** A graduate who committed to a doctorate the records do not show: the online check suggests 不实. */
async function falseDegree() {
  const made = await approvedGraduateCase(t, { exchange, degree: { ...GRADUATE, level: '博士研究生' } });
  await exchange.runner.runOnce();
  return { ...made, taskId: taskOf(made.caseView, '学历证明').id };
}

const creditOf = (partyName: string) =>
  t.database.db
    .select({ id: creditRecords.id, kind: creditRecords.kind, districtCode: creditRecords.districtCode })
    .from(creditRecords)
    .innerJoin(parties, eq(parties.id, creditRecords.partyId))
    .where(eq(parties.name, partyName));

describe('VER-6 and SUP-3: the verifier’s finding of falsity', () => {
  it('SUP-3/CRED-1: 不实 writes the integrity file and opens a handling record after the decision; the party cannot commit any more (CASE-2)', async () => {
    const { applicant, taskId, name, caseView } = await falseDegree();
    const verifier = await t.login('ls-verifier');
    const recorded = await verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
      outcome: 'false',
      reason: '学历层次为硕士研究生，承诺为博士研究生',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const task = recorded.json() as TaskDetail;
    expect(task).toMatchObject({ state: 'done', outcome: 'false' });
    expect(task.handlingId).toBeTruthy();
    const [record] = await creditOf(name);
    expect(record).toMatchObject({ kind: 'false-commitment', districtCode: '370212' });
    const handling = await ok<{ stage: string; allowedActions: string[]; creditRecordId: string }>(
      (await t.login('ls-case-officer')).request('GET', `/api/verification/handling/${task.handlingId}`),
    );
    expect(handling).toMatchObject({ stage: 'after-decision', creditRecordId: record!.id });
    expect(handling.allowedActions).toEqual(['rectify', 'revoke', 'penalise', 'transfer']);
    // VER-9: the applicant sees it on the case, and is told with the rule and the way back.
    const seen = await getCaseView(applicant, caseView.id);
    expect(taskOf(seen, '学历证明')).toMatchObject({
      state: 'done',
      outcome: 'false',
      handling: { stage: 'after-decision' },
    });
    const inbox = (await applicant.request('GET', '/api/inbox')).json().items as {
      title: string;
      body: string;
    }[];
    expect(inbox.find((i) => i.title.includes('经核查不实'))?.body).toContain('信用修复');
    // CASE-2: from now on the party cannot commit.
    const matter = await findMatter(applicant, '370212', (m) => m.code === 'LS-29');
    const form = await ok<{ eligibility: { eligible: boolean } }>(
      applicant.request('GET', `/api/cases/application-form?matterId=${matter.id}`),
    );
    expect(form.eligibility.eligible).toBe(false);
    const again = await apply(applicant, {
      administrativeMatterId: matter.id,
      proofs: [
        commitTo('学历证明'),
        commitTo('社会保险缴纳证明'),
        { proof: '不动产权属证明', choice: 'upload', fileId: await uploadProof(applicant, '370212') },
      ],
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().field).toBe('proofs[0].choice');
  });

  it('SUP-3: a finding after the decision never terminates the case; the actions of its stage are taken with their numbers', async () => {
    const { taskId } = await falseDegree();
    const verifier = await t.login('ls-verifier');
    const task = await ok<TaskDetail>(
      verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
        outcome: 'false',
        reason: '学历不实',
      }),
    );
    const officer = await t.login('ls-case-officer');
    const url = `/api/verification/handling/${task.handlingId}/actions`;
    const terminate = await officer.request('POST', url, {
      kind: 'terminate',
      documentNo: '崂人社终〔2026〕1号',
      decidedOn: '2026-09-24',
      details: '终止',
    });
    expect(terminate.statusCode).toBe(409);
    expect(terminate.json().params.allowedActions).toEqual(['rectify', 'revoke', 'penalise', 'transfer']);
    // 责令限期整改 needs its deadline; with it, the deadline scan follows it.
    const noDeadline = await officer.request('POST', url, {
      kind: 'rectify',
      documentNo: '崂人社改〔2026〕1号',
      decidedOn: '2026-09-24',
      details: '退回多领补贴',
    });
    expect(noDeadline.statusCode).toBe(400);
    expect(noDeadline.json().field).toBe('deadline');
    const ordered = await officer.request('POST', url, {
      kind: 'rectify',
      documentNo: '崂人社改〔2026〕1号',
      decidedOn: '2026-09-24',
      deadline: '2026-10-15',
      details: '退回多领补贴',
    });
    expect(ordered.statusCode, ordered.body).toBe(201);
    expect(ordered.json().allowedActions).toEqual(['revoke', 'penalise', 'transfer']);
    const revoked = await officer.request('POST', url, {
      kind: 'revoke',
      documentNo: '崂人社撤〔2026〕1号',
      decidedOn: '2026-09-24',
      details: '撤销补贴决定',
    });
    expect(revoked.json()).toMatchObject({ state: 'closed', allowedActions: [] });
    expect(
      revoked.json().actions.map((a: { kind: string; documentNo: string }) => [a.kind, a.documentNo]),
    ).toEqual([
      ['rectify', '崂人社改〔2026〕1号'],
      ['revoke', '崂人社撤〔2026〕1号'],
    ]);
    // Only the handling agency acts: the verifier of another agency (and the justice bureau) cannot.
    const justice = await t.login('ls-justice');
    expect(
      (
        await justice.request('POST', url, {
          kind: 'penalise',
          documentNo: 'x',
          decidedOn: '2026-09-24',
          details: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('SUP-3: before the decision a falsity can only terminate the case, which ends it', async () => {
    const applicantCase = await approvedGraduateCase(t, { exchange });
    const officer = await t.login('ls-case-officer');
    // A second application, accepted, not yet decided.
    const matter = await findMatter(applicantCase.applicant, '370212', (m) => m.code === 'LS-29');
    const created = await apply(applicantCase.applicant, {
      administrativeMatterId: matter.id,
      proofs: [
        commitTo('学历证明'),
        commitTo('社会保险缴纳证明'),
        {
          proof: '不动产权属证明',
          choice: 'upload',
          fileId: await uploadProof(applicantCase.applicant, '370212'),
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    let view = await getCaseView(officer, created.json().id);
    view = await ok<CaseView>(act(officer, view, 'accept'));
    const commitment = view.proofs.find((p) => p.proofName === '学历证明')!.commitment!;
    const found = await officer.request('POST', '/api/verification/findings', {
      commitmentId: commitment.id,
      finding: '审查中发现学历证书系伪造',
    });
    expect(found.statusCode, found.body).toBe(201);
    expect(found.json()).toMatchObject({ stage: 'before-decision', allowedActions: ['terminate'] });
    const url = `/api/verification/handling/${found.json().id}/actions`;
    const revoke = await officer.request('POST', url, {
      kind: 'revoke',
      documentNo: 'x',
      decidedOn: '2026-09-24',
      details: 'x',
    });
    expect(revoke.statusCode).toBe(409);
    const terminated = await officer.request('POST', url, {
      kind: 'terminate',
      documentNo: '崂人社终〔2026〕2号',
      decidedOn: '2026-09-24',
      details: '承诺不实，终止办理',
    });
    expect(terminated.statusCode, terminated.body).toBe(201);
    expect((await getCaseView(officer, view.id)).state).toBe('terminated');
  });

  it('SUP-3: a falsity is written whole or not at all: a failing handling insert leaves no integrity record', async () => {
    const { taskId, name } = await falseDegree();
    await t.database.sql.exec(
      `CREATE FUNCTION fail_handling() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected fault on handlings'; END $$ LANGUAGE plpgsql;
       CREATE TRIGGER fail_handling BEFORE INSERT ON false_commitment_handlings FOR EACH ROW EXECUTE FUNCTION fail_handling();`,
    );
    const verifier = await t.login('ls-verifier');
    const failed = await verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
      outcome: 'false',
      reason: '不实',
    });
    expect(failed.statusCode).toBe(500);
    expect(await creditOf(name)).toEqual([]);
    expect((await getTaskDetail(verifier, taskId)).state).toBe('in-progress');
  });
});

describe('VER-7 a good-faith error is regularised, never a falsity', () => {
  it('VER-7: the applicant is told what to correct and by when; nothing is written to the integrity file; the correction comes back', async () => {
    const { applicant, taskId, name, caseView } = await falseDegree();
    const verifier = await t.login('ls-verifier');
    const asked = await verifier.request('POST', `/api/verification/tasks/${taskId}/regularisation`, {
      request: '学历层次填写有误，请核对后更正',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ state: 'regularising', regularisation: { state: 'open' } });
    // 5 working days from Thursday 2026-09-24: 25, 28, 29, 30, then (国庆) 10-09.
    expect(asked.json().regularisation.dueDate).toBe('2026-10-09');
    expect(await creditOf(name)).toEqual([]);
    expect(await t.database.db.select().from(falseCommitmentHandlings)).toHaveLength(1); // the demo's only
    const seen = taskOf(await getCaseView(applicant, caseView.id), '学历证明');
    expect(seen.regularisation).toMatchObject({ state: 'open', dueDate: '2026-10-09' });
    const corrected = await applicant.request(
      'POST',
      `/api/verification/regularisations/${seen.regularisation!.id}/correction`,
      { correction: '本人学历为硕士研究生，填写时误选博士研究生，特此更正' },
    );
    expect(corrected.statusCode, corrected.body).toBe(200);
    const back = await getTaskDetail(verifier, taskId);
    expect(back.state).toBe('in-progress');
    expect(back.evidence.map((e) => e.kind)).toContain('correction');
    const [row] = await t.database.db
      .select()
      .from(regularisations)
      .where(eq(regularisations.taskId, taskId));
    expect(row).toMatchObject({ state: 'corrected' });
    // Judged true after the correction: still nothing in the integrity file.
    const done = await ok<TaskDetail>(
      verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
        outcome: 'true',
        reason: '已更正，属实',
      }),
    );
    expect(done).toMatchObject({ state: 'done', outcome: 'true', handlingId: null });
    expect(await creditOf(name)).toEqual([]);
  });

  it('VER-6: 无法核查 needs its reason; with a follow-up the task goes on under the other method', async () => {
    const { taskId } = await falseDegree();
    const verifier = await t.login('ls-verifier');
    const bare = await verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
      outcome: 'unverifiable',
      reason: '',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().field).toBe('reason');
    const onward = await ok<TaskDetail>(
      verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
        outcome: 'unverifiable',
        reason: '境外学历，共享平台无记录',
        followUp: 'assistance',
      }),
    );
    expect(onward).toMatchObject({
      state: 'in-progress',
      verification: 'assistance',
      outcome: null,
      followUp: 'assistance',
    });
    const ended = await ok<TaskDetail>(
      verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
        outcome: 'unverifiable',
        reason: '发证机构已撤销，无从核实',
        followUp: 'none',
      }),
    );
    expect(ended).toMatchObject({ state: 'done', outcome: 'unverifiable' });
    const again = await verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
      outcome: 'true',
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('CRED-2 and CRED-5: what follows a finding of falsity in the integrity file', () => {
  it('CRED-2: the false commitment is 一般失信 at the finding and rises to 较重失信 when the decision is revoked', async () => {
    const { taskId, name } = await falseDegree();
    const verifier = await t.login('ls-verifier');
    const task = await ok<TaskDetail>(
      verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
        outcome: 'false',
        reason: '学历不符',
      }),
    );
    const categoryOf = async () =>
      (
        await t.database.db
          .select()
          .from(creditRecords)
          .innerJoin(parties, eq(parties.id, creditRecords.partyId))
          .where(eq(parties.name, name))
      )[0]!.credit_records;
    expect((await categoryOf()).category).toBe('general');
    await ok(
      (await t.login('ls-case-officer')).request(
        'POST',
        `/api/verification/handling/${task.handlingId}/actions`,
        {
          kind: 'revoke',
          documentNo: '崂人社撤〔2026〕1号',
          decidedOn: '2026-09-24',
          details: '撤销住房补贴决定',
        },
      ),
      201,
    );
    const raised = await categoryOf();
    expect(raised).toMatchObject({ category: 'major', ruleVersion: 1 });
  });

  it('CRED-5: the applicant objects to the finding; the verifier who made it may not re-examine it; a correction clears the record and the commitment', async () => {
    const { applicant, taskId, name } = await falseDegree();
    const verifier = await t.login('ls-verifier');
    await ok(
      verifier.request('POST', `/api/verification/tasks/${taskId}/result`, {
        outcome: 'false',
        reason: '学历不符',
      }),
    );
    const filed = await ok<{ id: string }>(
      applicant.request('POST', '/api/credit/objections', {
        taskId,
        reasons: '学信网可查博士学位，系数据未同步',
        evidence: [],
      }),
      201,
    );
    const file = await ok<{
      records: { id: string; disputed: boolean; correctedAt: string | null }[];
      eligibility: { eligible: boolean };
    }>(applicant.request('GET', '/api/credit/integrity-file'));
    const [record] = await creditOf(name);
    expect(file.records.find((r) => r.id === record!.id)!.disputed).toBe(true);
    expect((await getTaskDetail(verifier, taskId)).objection).toMatchObject({ state: 'under-review' });
    const own = await verifier.request('POST', `/api/credit/objections/${filed.id}/decision`, {
      outcome: 'kept',
      answer: '维持',
    });
    expect(own.statusCode).toBe(403);
    await ok(
      (await t.login('ls-credit')).request('POST', `/api/credit/objections/${filed.id}/decision`, {
        outcome: 'corrected',
        answer: '经复核学历信息属实，原结论更正',
      }),
    );
    const after = await ok<typeof file>(applicant.request('GET', '/api/credit/integrity-file'));
    expect(after.records.find((r) => r.id === record!.id)!.correctedAt).not.toBeNull();
    expect(after.eligibility.eligible).toBe(true);
    expect((await getTaskDetail(verifier, taskId)).objection).toMatchObject({ state: 'corrected' });
  });
});
