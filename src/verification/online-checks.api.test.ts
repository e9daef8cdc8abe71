// VER-1/VER-2: online verification as a durable job through the connector to the data-sharing
// stand-in: compared, evidenced with SM3, logged (VER-8); never lost, run twice or done without a
// result when the service is down; forged answers refused.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestExchange, type TestExchange } from '../../tests/support/exchange.ts';
import { createTestApp, freshDatabase, type TestApp } from '../../tests/support/test-app.ts';
import { approvedGraduateCase, GRADUATE, getTaskDetail, taskOf } from '../../tests/support/verification.ts';
import { ANSWER_HEADERS } from '../platform/connectors/answer-signature.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import { SCHEDULED_CHECKER } from './online-check-runner.ts';
import { runDueOnlineChecks } from './online-checks.ts';
import { dataAccessLog, verificationEvidence, verificationTasks } from './schema.ts';
import { httpSharedDataSource } from './shared-data-source.ts';

let t: TestApp;
let exchange: TestExchange;

beforeEach(async () => {
  const database = await freshDatabase();
  const clock = { now: new Date('2026-09-24T02:00:00.000Z') };
  exchange = await startTestExchange(database, () => clock.now);
  // The decision's nudge is left out: each test runs the job itself, when it wants it to run.
  t = await createTestApp({ database, onlineChecks: { ...exchange.runner, nudge: () => {} } });
});
afterEach(async () => {
  await exchange.stop();
  await t.close();
});

const tasksOfCase = (caseId: string) =>
  t.database.db.select().from(verificationTasks).where(eq(verificationTasks.caseId, caseId));
/** The evidence gathered for one case (the demo's own checks aside). */
const evidenceOfCase = (caseId: string) =>
  t.database.db
    .select({ id: verificationEvidence.id })
    .from(verificationEvidence)
    .innerJoin(verificationTasks, eq(verificationTasks.id, verificationEvidence.taskId))
    .where(eq(verificationTasks.caseId, caseId));

describe('VER-2 online verification through the data-sharing platform', () => {
  it('VER-1/VER-2: the decision plans the checks due at once; the job compares them with the records: 属实, done', async () => {
    const { caseView } = await approvedGraduateCase(t, { exchange });
    const planned = await tasksOfCase(caseView.id);
    expect(
      planned
        .filter((task) => task.runDueAt !== null)
        .map((task) => task.proofName)
        .sort(),
    ).toEqual(['学历证明', '社会保险缴纳证明']);
    await exchange.runner.runOnce();
    const verifier = await t.login('ls-verifier');
    const degree = await getTaskDetail(verifier, taskOf(caseView, '学历证明').id);
    expect(degree).toMatchObject({ state: 'done', outcome: 'true' });
    expect(degree.outcomeReason).toContain('一致');
    expect(degree.commitment.facts.map((f) => [f.label, f.value])).toContainEqual(['学历层次', '硕士研究生']);
    const [evidence] = degree.evidence;
    expect(evidence).toMatchObject({ kind: 'shared-data' });
    // DOC-6 for evidence: the stored signed answer downloads with the SM3 the task shows.
    const download = await verifier.request(
      'GET',
      `/api/verification/tasks/${degree.id}/evidence/${evidence!.id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(sm3Hex(download.rawPayload)).toBe(evidence!.sm3);
    expect(JSON.parse(download.body).answer).toContain('中国海洋大学');
  });

  it('VER-2: a changed committed fact is found: the task waits for the verifier with the comparison (不实 suggested)', async () => {
    const { caseView } = await approvedGraduateCase(t, {
      exchange,
      degree: { ...GRADUATE, level: '博士研究生' },
    });
    await exchange.runner.runOnce();
    const verifier = await t.login('ls-verifier');
    const degree = await getTaskDetail(verifier, taskOf(caseView, '学历证明').id);
    expect(degree).toMatchObject({ state: 'in-progress', outcome: null });
    const comparison = degree.evidence[0]!.comparison as {
      outcome: string;
      discrepancies: { fact: string }[];
    };
    expect(comparison.outcome).toBe('false');
    expect(comparison.discrepancies.map((d) => d.fact)).toEqual(['level']);
    expect(degree.allowedActions).toEqual(expect.arrayContaining(['record-result', 'regularise']));
  });

  it('VER-2: with no record at the platform the task cannot be verified online and says so', async () => {
    const { caseView } = await approvedGraduateCase(t, { exchange, records: 'none' });
    await exchange.runner.runOnce();
    const verifier = await t.login('ls-verifier');
    const degree = await getTaskDetail(verifier, taskOf(caseView, '学历证明').id);
    expect(degree.state).toBe('in-progress');
    expect((degree.evidence[0]!.comparison as { outcome: string }).outcome).toBe('unverifiable');
  });

  it('VER-2: the service stopped mid-run: tasks wait and retry; after it returns each ends with exactly one result', async () => {
    const { caseView } = await approvedGraduateCase(t, { exchange });
    await exchange.stop();
    await exchange.runner.runOnce();
    let tasks = await tasksOfCase(caseView.id);
    const online = tasks.filter((task) => task.verification === 'online');
    for (const task of online) {
      expect(task.state, task.proofName).toBe('planned');
      expect(task.outcome).toBeNull();
      expect(task.runDueAt!.getTime(), 'due again later').toBeGreaterThan(t.clock.now.getTime());
      expect(task.lastRunError).toBeTruthy();
    }
    expect(await evidenceOfCase(caseView.id)).toHaveLength(0);
    await exchange.restart();
    // The retry is due later: a run before then does nothing; at the retry time it runs, once.
    await runDueOnlineChecks({
      database: t.database,
      source: exchange.runner.source,
      now: () => new Date(t.clock.now.getTime() + 10 * 60_000),
      actor: SCHEDULED_CHECKER,
    });
    await runDueOnlineChecks({
      database: t.database,
      source: exchange.runner.source,
      now: () => new Date(t.clock.now.getTime() + 20 * 60_000),
      actor: SCHEDULED_CHECKER,
    });
    tasks = await tasksOfCase(caseView.id);
    for (const task of tasks.filter((x) => x.verification === 'online')) {
      expect(task).toMatchObject({ state: 'done', outcome: 'true', runDueAt: null });
      const evidence = await t.database.db
        .select()
        .from(verificationEvidence)
        .where(eq(verificationEvidence.taskId, task.id));
      expect(evidence, task.proofName).toHaveLength(1);
    }
  });

  it('VER-2: two runners at once never check one task twice (the lease)', async () => {
    const { caseView } = await approvedGraduateCase(t, { exchange });
    const run = () =>
      runDueOnlineChecks({
        database: t.database,
        source: exchange.runner.source,
        now: () => t.clock.now,
        actor: SCHEDULED_CHECKER,
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.length + b.length).toBe(2);
    expect(await evidenceOfCase(caseView.id)).toHaveLength(2);
    expect((await tasksOfCase(caseView.id)).filter((x) => x.state === 'done')).toHaveLength(2);
  });

  it('VER-2: an answer signed with another key is refused: no result, no evidence, the error kept', async () => {
    const { caseView } = await approvedGraduateCase(t, { exchange });
    const forged = httpSharedDataSource({
      baseUrl: exchange.exchange.url,
      key: exchange.key,
      // Not the service's key: as if someone in between answered instead.
      answerKey: exchange.key.publicKey,
      retries: 0,
    });
    const runs = await runDueOnlineChecks({
      database: t.database,
      source: forged,
      now: () => t.clock.now,
      actor: SCHEDULED_CHECKER,
    });
    expect(runs.map((r) => r.kind)).toEqual(['failed', 'failed']);
    const tasks = (await tasksOfCase(caseView.id)).filter((x) => x.verification === 'online');
    for (const task of tasks) {
      expect(task.outcome).toBeNull();
      expect(task.lastRunError).toContain('signature');
    }
    expect(await evidenceOfCase(caseView.id)).toHaveLength(0);
  });

  it('VER-8: every query is logged with who, which agency, case and record type; a failed one too', async () => {
    const { caseView, identifier } = await approvedGraduateCase(t, { exchange });
    await exchange.runner.runOnce();
    const entries = await t.database.db
      .select()
      .from(dataAccessLog)
      .where(eq(dataAccessLog.caseId, caseView.id));
    expect(entries.map((e) => [e.recordType, e.subjectIdentifier, e.answered, e.agencyName]).sort()).toEqual([
      ['education', identifier, 'found', '崂山区人力资源和社会保障局'],
      ['social-insurance', identifier, 'found', '崂山区人力资源和社会保障局'],
    ]);
    expect(entries.every((e) => e.userName === SCHEDULED_CHECKER.name && e.caseNo === caseView.caseNo)).toBe(
      true,
    );
  });

  it('VER-2: the verifier runs a check again on demand; the answer is the task', async () => {
    const { caseView, identifier, name } = await approvedGraduateCase(t, { exchange, records: 'none' });
    await exchange.runner.runOnce();
    const verifier = await t.login('ls-verifier');
    const id = taskOf(caseView, '学历证明').id;
    await exchange.put('education', identifier, name, [{ ...GRADUATE, certificateNo: '104231202602009999' }]);
    const rerun = await verifier.request('POST', `/api/verification/tasks/${id}/run`, {});
    expect(rerun.statusCode, rerun.body).toBe(200);
    expect(rerun.json()).toMatchObject({ state: 'done', outcome: 'true' });
    expect(rerun.json().evidence).toHaveLength(2);
  });
});

describe('VER-2 answers that did not come from the service for this request', () => {
  it('VER-2: a genuine signed answer replayed for another request is refused (it names another request id)', async () => {
    const { caseView, identifier } = await approvedGraduateCase(t, { exchange });
    // Someone in between captured one genuine, signed answer…
    const captured = await exchange.runner.source.query(
      {
        recordType: 'education',
        identifier,
        name: null,
        purpose: '截获',
        caseNo: null,
        requestedBy: { agency: '测试', user: '测试' },
      },
      randomUUID(),
    );
    // …and answers every later request with it, signature intact.
    const replayer = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        [ANSWER_HEADERS.signature]: captured.signature,
        [ANSWER_HEADERS.key]: captured.publicKey,
      });
      response.end(captured.bodyText);
    });
    await new Promise<void>((resolve) => replayer.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = replayer.address() as AddressInfo;
      const source = httpSharedDataSource({
        baseUrl: `http://127.0.0.1:${port}`,
        key: exchange.key,
        answerKey: exchange.exchange.publicKey,
        retries: 0,
      });
      const runs = await runDueOnlineChecks({
        database: t.database,
        source,
        now: () => t.clock.now,
        actor: SCHEDULED_CHECKER,
      });
      expect(runs.map((r) => r.kind)).toEqual(['failed', 'failed']);
      for (const task of (await tasksOfCase(caseView.id)).filter((x) => x.verification === 'online')) {
        expect(task.outcome).toBeNull();
        expect(task.lastRunError).toContain('not to this request');
      }
      expect(await evidenceOfCase(caseView.id)).toHaveLength(0);
    } finally {
      replayer.closeAllConnections();
      await new Promise((resolve) => replayer.close(resolve));
    }
  });
});
