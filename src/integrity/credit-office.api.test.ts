// CRED-2..5 through the API: records entered by the credit office, grades, repair with its waiting
// period and deadline, objections re-examined by someone other than the finder, pushes queued with
// each change, and each district's office seeing only its own (ORG-2).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadProof } from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { creditPushes, creditRecords } from '../credit/schema.ts';
import { deadlines } from '../inbox/schema.ts';
import type { integrityFile } from './integrity-file.ts';

type IntegrityFile = Awaited<ReturnType<typeof integrityFile>>;
type FileRecord = IntegrityFile['records'][number];

const LS = '370212';
const PERSON = '370212197803122135'; // ls-applicant 张立新
const DAY = 86_400_000;
let t: TestApp;
let credit: Session;
let applicant: Session;

const file = (session: Session) => ok<IntegrityFile>(session.request('GET', '/api/credit/integrity-file'));
const recordOf = async (session: Session, id: string) =>
  (await file(session)).records.find((r) => r.id === id) as FileRecord;
/** A subject's pushes in the order they were queued (the key ends with the report's number). */
const pushesOf = async (subjectId: string) =>
  (await t.database.db.select().from(creditPushes).where(eq(creditPushes.subjectId, subjectId))).sort(
    (a, b) => Number(a.idempotencyKey.split('/').at(-1)) - Number(b.idempotencyKey.split('/').at(-1)),
  );

async function enter(category: string, description: string): Promise<string> {
  const made = await ok<{ id: string; ruleVersion: number }>(
    credit.request('POST', '/api/credit/records', {
      identifier: PERSON,
      name: '张立新',
      category,
      description,
      authority: '崂山区人民法院',
      documentNo: '（2026）鲁0212执123号（示例）',
      basis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》',
    }),
    201,
  );
  return made.id;
}

/** Moves the test clock on and signs everyone in again (sessions end when a day passes). */
async function later(days: number) {
  t.clock.now = new Date(t.clock.now.getTime() + days * DAY);
  credit = await t.login('ls-credit');
  applicant = await t.login('ls-applicant');
}

beforeAll(async () => {
  t = await createTestApp();
  credit = await t.login('ls-credit');
  applicant = await t.login('ls-applicant');
});
afterAll(() => t.close());

describe('CRED-2/CRED-3 records and grades', () => {
  it('CRED-3: a party with a false commitment is graded below A, says why, and names the rule version', async () => {
    const song = await file(await t.login('ls-applicant2'));
    expect(song.grade.value).toBe('D');
    expect(song.grade.reason).toContain('严重失信');
    expect(song.grade.ruleVersion).toBe(1);
    expect(song.eligibility.eligible).toBe(false);
  });

  it('CRED-2: the credit office enters another authority’s finding under the rule version in force; it is pushed', async () => {
    const before = await file(applicant);
    expect(before.grade.value).toBe('A');
    const id = await enter('serious', '被列为失信被执行人');
    const after = await file(applicant);
    const record = after.records.find((r) => r.id === id)!;
    expect(record).toMatchObject({ source: 'manual', ruleVersion: 1, inEffect: true, barsCommitment: true });
    expect(record.category).toMatchObject({ code: 'serious', grade: 'D' });
    expect(after.grade.value).toBe('D');
    expect(after.eligibility.eligible).toBe(false);
    const pushes = await pushesOf(id);
    expect(pushes.map((p) => p.kind)).toEqual(pushes.map(() => 'dishonesty-record'));
    expect(pushes.length).toBeGreaterThan(0);
    expect(JSON.parse(pushes[0]!.payload)).toMatchObject({
      kind: 'dishonesty-record',
      recordId: id,
      status: '有效',
    });
    // An unknown category is refused naming the field.
    const bad = await credit.request('POST', '/api/credit/records', {
      identifier: PERSON,
      name: '张立新',
      category: 'nonsense',
      description: 'x',
      authority: 'x',
      documentNo: 'x',
      basis: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('category');
    await t.database.db
      .update(creditRecords)
      .set({ correctedAt: t.clock.now })
      .where(eq(creditRecords.id, id));
  });

  it('CRED-2: a new rule version applies to new records only; old ones keep theirs', async () => {
    const old = await enter('general', '逾期未履行整改义务（示例）');
    const rules = await ok<{
      current: { version: number; categories: { code: string; durationMonths: number }[] };
    }>(credit.request('GET', '/api/credit/rules'));
    const { version: _v, ...current } = rules.current as typeof rules.current & Record<string, unknown>;
    const changed = {
      ...current,
      categories: rules.current.categories.map((c) =>
        c.code === 'general' ? { ...c, durationMonths: 6 } : c,
      ),
    };
    const bad = await credit.request('POST', '/api/credit/rules', {
      rules: { ...changed, commitmentGrades: ['A'] },
      reason: '调整',
    });
    expect(bad.statusCode).toBe(400);
    const published = await ok<{ version: number }>(
      credit.request('POST', '/api/credit/rules', {
        rules: changed,
        reason: '一般失信公示期调整为6个月（示例）',
      }),
      201,
    );
    expect(published.version).toBe(2);
    const fresh = await enter('general', '逾期未履行整改义务（新规则）');
    const records = (await file(applicant)).records;
    const first = records.find((r) => r.id === old)!;
    const second = records.find((r) => r.id === fresh)!;
    expect(first.ruleVersion).toBe(1);
    expect(second.ruleVersion).toBe(2);
    const months = (r: FileRecord) =>
      Math.round((Date.parse(r.expiresAt!) - Date.parse(r.recordedAt)) / (30.4 * DAY));
    expect(months(first)).toBe(12);
    expect(months(second)).toBe(6);
    for (const id of [old, fresh])
      await t.database.db
        .update(creditRecords)
        .set({ correctedAt: t.clock.now })
        .where(eq(creditRecords.id, id));
  });
});

describe('CRED-6 commitments and their fulfilment', () => {
  it('CRED-6: a decision pushes its commitments, and a verification result how each was kept, to every platform', async () => {
    const pushes = await t.database.db.select().from(creditPushes);
    const made = pushes.filter((p) => p.kind === 'commitment');
    const kept = pushes.filter((p) => p.kind === 'fulfilment');
    expect(made.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    const payload = JSON.parse(kept[0]!.payload);
    expect(payload).toMatchObject({ kind: 'fulfilment', commitmentId: kept[0]!.subjectId });
    expect(['kept', 'false']).toContain(payload.state);
    expect(payload.party.identifier).toMatch(/^[0-9A-Z]{18}$/);
    // One push per configured platform, each with its own idempotency key.
    const platforms = pushes.filter((p) => p.subjectId === kept[0]!.subjectId && p.kind === 'fulfilment');
    expect(new Set(platforms.map((p) => p.platform)).size).toBe(platforms.length);
    expect(new Set(pushes.map((p) => p.idempotencyKey)).size).toBe(pushes.length);
  });
});

describe('CRED-4 repair', () => {
  it('CRED-4: repair only after the waiting period; decided within working days; eligibility returns, history stays', async () => {
    const id = await enter('general', '虚假承诺（学历）');
    expect((await file(applicant)).eligibility.eligible).toBe(false);
    const early = await applicant.request('POST', '/api/credit/repairs', {
      recordId: id,
      rectification: '已按要求补交学历证明',
      evidence: [],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().field).toBe('recordId');
    expect(early.json().message).toContain('3个月');
    await later(95);
    const evidence = await uploadProof(applicant, LS, '整改说明.pdf');
    const applied = await ok<{ id: string; dueOn: string }>(
      applicant.request('POST', '/api/credit/repairs', {
        recordId: id,
        rectification: '已按要求补交学历证明并完成整改',
        evidence: [evidence],
      }),
      201,
    );
    const [deadline] = await t.database.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.key, `credit-repair:${applied.id}`));
    expect(deadline).toMatchObject({
      dueDate: applied.dueOn,
      workingDays: 10,
      responsibleRole: 'credit-officer',
    });
    // A second application while one is under review is refused.
    const twice = await applicant.request('POST', '/api/credit/repairs', {
      recordId: id,
      rectification: '再次',
      evidence: [],
    });
    expect(twice.statusCode).toBe(409);
    const queue = await ok<{ id: string; state: string; evidence: { id: string }[] }[]>(
      credit.request('GET', '/api/credit/repairs'),
    );
    const mine = queue.find((r) => r.id === applied.id)!;
    expect(mine.state).toBe('under-review');
    const download = await credit.request('GET', `/api/credit/evidence/${mine.evidence[0]!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['x-content-sm3']).toMatch(/^[0-9a-f]{64}$/);
    // Another district's office neither sees nor decides it (ORG-2).
    const other = await t.login('st-credit');
    expect(
      (await ok<{ id: string }[]>(other.request('GET', '/api/credit/repairs'))).some(
        (r) => r.id === applied.id,
      ),
    ).toBe(false);
    const foreign = await other.request('POST', `/api/credit/repairs/${applied.id}/decision`, {
      granted: true,
      reason: '同意',
    });
    expect(foreign.statusCode).toBe(404);
    const granted = await ok<{ state: string }>(
      credit.request('POST', `/api/credit/repairs/${applied.id}/decision`, {
        granted: true,
        reason: '整改到位，材料齐全',
      }),
    );
    expect(granted.state).toBe('granted');
    const after = await file(applicant);
    expect(after.eligibility.eligible).toBe(true);
    expect(after.grade.value).toBe('B');
    const record = after.records.find((r) => r.id === id)!;
    expect(record.repairedAt).not.toBeNull();
    expect(record.inEffect).toBe(false);
    expect(after.repairs.find((r) => r.id === applied.id)?.state).toBe('granted');
    expect((await pushesOf(id)).some((p) => p.kind === 'repair')).toBe(true);
    const [closed] = await t.database.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.key, `credit-repair:${applied.id}`));
    expect(closed!.state).toBe('done');
  });

  it('CRED-4: a refusal needs its reasons, and leaves the record in effect', async () => {
    const id = await enter('general', '虚假承诺（社保）');
    await later(95);
    const applied = await ok<{ id: string }>(
      applicant.request('POST', '/api/credit/repairs', {
        recordId: id,
        rectification: '已补缴',
        evidence: [],
      }),
      201,
    );
    const missing = await credit.request('POST', `/api/credit/repairs/${applied.id}/decision`, {
      granted: false,
      reason: ' ',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().field).toBe('reason');
    await ok(
      credit.request('POST', `/api/credit/repairs/${applied.id}/decision`, {
        granted: false,
        reason: '未提供补缴凭证',
      }),
    );
    const record = await recordOf(applicant, id);
    expect(record.inEffect).toBe(true);
    expect(record.mayApplyForRepair).toBe(true);
    await t.database.db
      .update(creditRecords)
      .set({ correctedAt: t.clock.now })
      .where(eq(creditRecords.id, id));
  });
});

describe('CRED-5 objections', () => {
  it('CRED-5: an objection marks the record 异议中 everywhere; the finder may not re-examine it; a correction sets it aside', async () => {
    const id = await enter('general', '虚假承诺（婚姻状况）');
    const filed = await ok<{ id: string; dueOn: string }>(
      applicant.request('POST', '/api/credit/objections', {
        recordId: id,
        reasons: '本人婚姻状况登记有误，已更正',
        evidence: [],
      }),
      201,
    );
    // 异议中 in the applicant's file, the eligibility reasons, the officer's look-up and list, and the push.
    const mine = await file(applicant);
    expect(mine.records.find((r) => r.id === id)!.disputed).toBe(true);
    expect(mine.eligibility.reasons.find((r) => r.recordId === id)!.disputed).toBe(true);
    const lookup = await ok<IntegrityFile>(
      credit.request('POST', '/api/credit/integrity-files/lookup', { identifier: PERSON }),
    );
    expect(lookup.records.find((r) => r.id === id)!.disputed).toBe(true);
    const list = await ok<{ id: string; disputed: boolean }[]>(credit.request('GET', '/api/credit/records'));
    expect(list.find((r) => r.id === id)!.disputed).toBe(true);
    const pushes = await pushesOf(id);
    expect(JSON.parse(pushes.at(-1)!.payload)).toMatchObject({
      kind: 'objection',
      disputed: true,
      status: '异议中',
    });
    // The one who entered the record is its finder: they may not decide.
    const objections = await ok<{ id: string; mayDecide: boolean }[]>(
      credit.request('GET', '/api/credit/objections'),
    );
    expect(objections.find((o) => o.id === filed.id)!.mayDecide).toBe(false);
    const own = await credit.request('POST', `/api/credit/objections/${filed.id}/decision`, {
      outcome: 'kept',
      answer: '维持',
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().field).toBe('reviewer');
    const reviewer = await t.login('ls-verifier');
    await ok(
      reviewer.request('POST', `/api/credit/objections/${filed.id}/decision`, {
        outcome: 'corrected',
        answer: '经复核，登记信息有误，予以更正',
      }),
    );
    const after = await file(applicant);
    const record = after.records.find((r) => r.id === id)!;
    expect(record).toMatchObject({ disputed: false, inEffect: false });
    expect(record.correctedAt).not.toBeNull();
    expect(after.objections.find((o) => o.id === filed.id)).toMatchObject({
      state: 'corrected',
      answer: '经复核，登记信息有误，予以更正',
    });
    expect(after.eligibility.eligible).toBe(true);
    expect((await pushesOf(id)).at(-1)!.kind).toBe('correction');
    const [deadline] = await t.database.db
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.key, `credit-objection:${filed.id}`)));
    expect(deadline).toMatchObject({ dueDate: filed.dueOn, workingDays: 10, state: 'done' });
  });

  it('CRED-5 / ORG-2: an applicant objects only to their own records', async () => {
    const id = await enter('minor', '逾期未年报（示例）');
    const stranger = await t.login('st-applicant');
    const refused = await stranger.request('POST', '/api/credit/objections', {
      recordId: id,
      reasons: '不是我的',
      evidence: [],
    });
    expect(refused.statusCode).toBe(404);
    const neither = await applicant.request('POST', '/api/credit/objections', {
      reasons: '无',
      evidence: [],
    });
    expect(neither.statusCode).toBe(400);
    expect(neither.json().field).toBe('recordId');
  });
});
