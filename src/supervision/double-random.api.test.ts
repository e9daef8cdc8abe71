// SUP-1/SUP-2 end to end on a real database: the demo's published plans, a plan from draft to results
// (frozen at approval, drawn on its date, re-run by anyone), key supervision's raised rate, the
// inspector pools and their conflicts, and the database refusing to change what approval froze.
import type { Static } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { sm3 } from 'sm-crypto-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_BYTES } from '../../tests/support/cases.ts';
import { ok } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { creditRecords } from '../credit/index.ts';
import { agencies, parties } from '../organisation/index.ts';
import { falseCommitmentHandlings } from '../verification/index.ts';
import type * as Contract from './contract.ts';
import { poolHash } from './inspection-draw.ts';
import { inspectionPlans, inspectionPoolEntries, inspectors } from './schema.ts';

type PlanDetail = Static<typeof Contract.PlanDetail>;
type PublicInspection = Static<typeof Contract.PublicInspection>;

let t: TestApp;
let regulator: Session;

beforeAll(async () => {
  t = await createTestApp();
  regulator = await t.login('ls-regulator');
});
afterAll(() => t.close());

const seedBytesHash = (seed: string) => sm3(Uint8Array.from(Buffer.from(seed, 'hex')));
const agencyId = async (name: string) =>
  (await t.database.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, name)))[0]!.id;

async function planBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '2026年第三季度告知承诺事项抽查（测试）',
    periodFrom: '2026-01-01',
    periodTo: '2026-09-24',
    drawOn: '2026-09-25',
    matterIds: [],
    rates: { low: 50, medium: 50, high: 100 },
    inspectorsPerObject: 2,
    excludeHandlingAgency: true,
    inspectorAgencyIds: [
      await agencyId('崂山区市场监督管理局'),
      await agencyId('崂山区人力资源和社会保障局'),
      await agencyId('崂山区卫生健康局'),
    ],
    ...overrides,
  };
}

describe('SUP-1 the demo publishes a drawn plan and one awaiting its draw in each district', () => {
  it.each(['370212', '370406'])(
    '%s: seed revealed with results, and a seed hash published ahead of a draw',
    async (district) => {
      const plans = await ok<PublicInspection[]>(
        t.anonymous('GET', `/api/public/districts/${district}/inspections`),
      );
      const drawn = plans.find((p) => p.seed && p.drawn.length > 0)!;
      expect(drawn, 'a drawn plan').toBeTruthy();
      expect(seedBytesHash(drawn.seed!)).toBe(drawn.seedHash);
      expect(drawn.drawn.every((d) => d.result !== null && d.inspectors.length >= 2)).toBe(true);
      const waiting = plans.filter((p) => p.state === 'approved');
      expect(waiting.length).toBeGreaterThanOrEqual(1);
      expect(waiting.every((p) => p.seed === undefined && /^[0-9a-f]{64}$/.test(p.seedHash))).toBe(true);
      const rerun = await ok<{ equal: boolean }>(
        t.anonymous('POST', `/api/public/inspections/${drawn.planId}/rerun`, {}),
      );
      expect(rerun.equal).toBe(true);
      const pool = await ok<{ caseNos: string[]; poolHash: string }>(
        t.anonymous('GET', `/api/public/inspections/${drawn.planId}/pool`),
      );
      expect(poolHash(pool.caseNos)).toBe(drawn.poolHash);
      expect(pool.caseNos.length).toBe(drawn.poolSize);
      expect(drawn.drawn.every((d) => pool.caseNos.includes(d.caseNo))).toBe(true);
    },
  );

  it('SUP-1 Q-2: public results never carry an identifier, and a person’s name is masked', async () => {
    const response = await t.anonymous('GET', '/api/public/districts/370212/inspections');
    // An identifier stands alone; an SM3 hash may hold 18 digits in a row by chance.
    expect(response.body).not.toMatch(/(?<![0-9a-f])\d{17}[\dX](?![0-9a-f])/);
    const plans = response.json() as PublicInspection[];
    const people = await t.database.db.select({ name: parties.name, kind: parties.kind }).from(parties);
    const personNames = people.filter((p) => p.kind === 'person').map((p) => p.name);
    for (const d of plans.flatMap((p) => p.drawn)) expect(personNames).not.toContain(d.party);
  });

  it('a re-run of a plan not drawn yet says so (409); an unknown plan is 404', async () => {
    const plans = await ok<PublicInspection[]>(
      t.anonymous('GET', '/api/public/districts/370212/inspections'),
    );
    const waiting = plans.find((p) => p.state === 'approved')!;
    expect(
      (await t.anonymous('POST', `/api/public/inspections/${waiting.planId}/rerun`, {})).statusCode,
    ).toBe(409);
    const unknown = await t.anonymous(
      'POST',
      '/api/public/inspections/00000000-0000-4000-8000-000000000000/rerun',
      {},
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('SUP-1 a plan from draft to published results', () => {
  let plan: PlanDetail;

  it('checks the terms, naming the field', async () => {
    const tooHigh = await regulator.request(
      'POST',
      '/api/supervision/370212/plans',
      await planBody({ rates: { low: 1, medium: 101, high: 1 } }),
    );
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().field).toContain('rates');
    const one = await regulator.request(
      'POST',
      '/api/supervision/370212/plans',
      await planBody({ inspectorsPerObject: 1 }),
    );
    expect(one.statusCode).toBe(400);
    expect(one.json().field).toContain('inspectorsPerObject');
    const backwards = await regulator.request(
      'POST',
      '/api/supervision/370212/plans',
      await planBody({ periodFrom: '2026-09-30' }),
    );
    expect(backwards.json()).toMatchObject({ field: 'periodTo' });
  });

  it('drafts once per Idempotency-Key and shows the pool it would freeze', async () => {
    const body = await planBody();
    const first = await ok<PlanDetail>(
      regulator.request('POST', '/api/supervision/370212/plans', body, { 'idempotency-key': 'plan-0001' }),
      201,
    );
    const again = await ok<PlanDetail>(
      regulator.request('POST', '/api/supervision/370212/plans', body, { 'idempotency-key': 'plan-0001' }),
      201,
    );
    expect(again.id).toBe(first.id);
    expect(first.state).toBe('draft');
    expect(first.seedHash).toBeNull();
    expect(first.strata.reduce((n, s) => n + s.size, 0)).toBeGreaterThan(0);
    expect(first.allowedActions).toEqual(expect.arrayContaining(['edit', 'approve', 'cancel']));
    plan = first;
  });

  it('approval freezes the pool and publishes the hashes, never the seed', async () => {
    plan = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${plan.id}/approve`, { revision: plan.revision }),
    );
    expect(plan.state).toBe('approved');
    expect(plan.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.seed).toBeNull();
    const published = await ok<PublicInspection[]>(
      t.anonymous('GET', '/api/public/districts/370212/inspections'),
    );
    const mine = published.find((p) => p.planId === plan.id)!;
    expect(mine.seed).toBeUndefined();
    expect(mine.seedHash).toBe(plan.seedHash);
    expect(JSON.stringify(published)).not.toContain((await storedSeed(plan.id))!);
  });

  it('an approved plan cannot be edited: the use case says 409, the database refuses too', async () => {
    const edit = await regulator.request('PUT', `/api/supervision/plans/${plan.id}`, {
      ...(await planBody()),
      revision: plan.revision,
    });
    expect(edit.statusCode).toBe(409);
    expect(
      await refusal(
        t.database.db
          .update(inspectionPlans)
          .set({ rates: { low: 0, medium: 0, high: 0 } })
          .where(eq(inspectionPlans.id, plan.id)),
      ),
    ).toMatch(/cannot be edited/);
    expect(
      await refusal(
        t.database.db.delete(inspectionPoolEntries).where(eq(inspectionPoolEntries.planId, plan.id)),
      ),
    ).toMatch(/frozen/);
    expect(
      await refusal(
        t.database.sql.query(`update inspection_pool_entries set stratum = 'high' where plan_id = $1`, [
          plan.id,
        ]),
      ),
    ).toMatch(/frozen/);
  });

  it('the draw waits for its date, then reveals the seed the published hash committed to', async () => {
    const early = await regulator.request('POST', `/api/supervision/plans/${plan.id}/draw`, {
      revision: plan.revision,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().field).toBe('drawOn');
    t.clock.now = new Date('2026-09-25T01:00:00Z');
    regulator = await t.login('ls-regulator');
    plan = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${plan.id}/draw`, { revision: plan.revision }),
    );
    expect(plan.state).toBe('drawn');
    expect(seedBytesHash(plan.seed!)).toBe(plan.seedHash);
    const expected = plan.strata.reduce((n, s) => n + Math.ceil((s.size * s.rate) / 100), 0);
    expect(plan.objects.length).toBe(expected);
  });

  it('no inspector is drawn for a case of their own agency, nor for a party they declared a conflict with', async () => {
    const people = await t.database.db.select().from(inspectors).where(eq(inspectors.districtCode, '370212'));
    const rows = await t.database.sql.query<{ case_no: string; agency_id: string }>(
      `select case_no, agency_id from cases where district_code = '370212'`,
    );
    const agencyOfCase = new Map(rows.rows.map((r) => [r.case_no, r.agency_id]));
    for (const object of plan.objects) {
      expect(new Set(object.inspectors.map((i) => i.number)).size).toBe(2);
      for (const drawn of object.inspectors) {
        const inspector = people.find((p) => p.certificateNo === drawn.number)!;
        expect(inspector.agencyId).not.toBe(agencyOfCase.get(object.caseNo));
      }
    }
  });

  it('SUP-3: a false commitment found by the inspection opens the handling record and the integrity file', async () => {
    const object = plan.objects.find((o) => o.commitments.some((c) => c.state !== 'false'))!;
    const commitment = object.commitments.find((c) => c.state !== 'false')!;
    const passedWithFalse = await regulator.request(
      'POST',
      `/api/supervision/plans/${plan.id}/objects/${object.id}/result`,
      {
        result: 'passed',
        findings: '',
        inspectedOn: '2026-09-25',
        attachments: [],
        falseCommitmentId: commitment.id,
      },
    );
    expect(passedWithFalse.json()).toMatchObject({ field: 'falseCommitmentId' });
    plan = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${plan.id}/objects/${object.id}/result`, {
        result: 'failed',
        findings: '现场无承诺所称的经营场所',
        inspectedOn: '2026-09-25',
        attachments: [],
        falseCommitmentId: commitment.id,
      }),
    );
    const recorded = plan.objects.find((o) => o.id === object.id)!;
    expect(recorded.result).toBe('failed');
    const [handling] = await t.database.db
      .select()
      .from(falseCommitmentHandlings)
      .where(eq(falseCommitmentHandlings.id, recorded.handlingId!));
    expect(handling).toMatchObject({ commitmentId: commitment.id, taskId: null });
    const [record] = await t.database.db
      .select()
      .from(creditRecords)
      .where(eq(creditRecords.id, handling!.creditRecordId));
    expect(record!.description).toContain('双随机抽查');
    const twice = await regulator.request(
      'POST',
      `/api/supervision/plans/${plan.id}/objects/${object.id}/result`,
      {
        result: 'passed',
        findings: '',
        inspectedOn: '2026-09-25',
        attachments: [],
      },
    );
    expect(twice.statusCode).toBe(409);
  });

  it('an inspection record is kept with its result and downloads, unchanged, for the district’s staff only', async () => {
    const object = plan.objects.find((o) => !o.result)!;
    const upload = await ok<{ id: string }>(
      regulator.request('POST', '/api/cases/files', {
        districtCode: '370212',
        fileName: '现场检查记录.pdf',
        contentType: 'application/pdf',
        contentBase64: PDF_BYTES.toString('base64'),
      }),
      201,
    );
    plan = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${plan.id}/objects/${object.id}/result`, {
        result: 'passed',
        findings: '与承诺一致',
        inspectedOn: '2026-09-25',
        attachments: [upload.id],
      }),
    );
    const [documentId] = plan.objects.find((o) => o.id === object.id)!.attachmentIds;
    const url = `/api/supervision/plans/${plan.id}/objects/${object.id}/attachments/${documentId}`;
    const file = await regulator.request('GET', url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect(file.headers['x-content-sm3']).toMatch(/^[0-9a-f]{64}$/);
    expect((await (await t.login('st-regulator')).request('GET', url)).statusCode).toBe(404);
  });

  it('completes only once every object has its result, and the results are public', async () => {
    const early = await regulator.request('POST', `/api/supervision/plans/${plan.id}/complete`, {
      revision: plan.revision,
    });
    expect(early.statusCode).toBe(409);
    for (const object of plan.objects.filter((o) => !o.result))
      plan = await ok<PlanDetail>(
        regulator.request('POST', `/api/supervision/plans/${plan.id}/objects/${object.id}/result`, {
          result: 'passed',
          findings: '与承诺一致',
          inspectedOn: '2026-09-25',
          attachments: [],
        }),
      );
    plan = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${plan.id}/complete`, { revision: plan.revision }),
    );
    expect(plan.state).toBe('completed');
    const published = await ok<PublicInspection[]>(
      t.anonymous('GET', '/api/public/districts/370212/inspections'),
    );
    const mine = published.find((p) => p.planId === plan.id)!;
    expect(mine.drawn.map((d) => d.result)).toEqual(plan.objects.map((o) => o.result));
    expect(mine.drawn.some((d) => d.findings === '现场无承诺所称的经营场所')).toBe(true);
    const rerun = await ok<{ equal: boolean; drawn: { caseNo: string }[] }>(
      t.anonymous('POST', `/api/public/inspections/${plan.id}/rerun`, {}),
    );
    expect(rerun.equal).toBe(true);
    expect(rerun.drawn.map((d) => d.caseNo)).toEqual(plan.objects.map((o) => o.caseNo));
  });

  it('ORG-2: the other district’s regulator does not find the plan', async () => {
    const st = await t.login('st-regulator');
    expect((await st.request('GET', `/api/supervision/plans/${plan.id}`)).statusCode).toBe(404);
    expect(
      (await st.request('POST', `/api/supervision/plans/${plan.id}/complete`, { revision: 1 })).statusCode,
    ).toBe(404);
  });
});

describe('SUP-2 key supervision raises the rate of what it covers', () => {
  it('a party under key supervision lands in its own stratum at the raised rate, and its cases show the flag', async () => {
    t.clock.now = new Date('2026-09-26T01:00:00Z');
    regulator = await t.login('ls-regulator');
    const rows = await t.database.sql.query<{ id: string; party_id: string }>(
      `select c.id, c.party_id from cases c join commitments m on m.case_id = c.id
       where c.district_code = '370212' and c.state = 'approved'
         and c.party_id not in (select party_id from credit_records) -- graded parties: CRED-3 below
       order by c.case_no limit 1`,
    );
    const target = rows.rows[0]!;
    const [party] = await t.database.db.select().from(parties).where(eq(parties.id, target.party_id));
    const missingReason = await regulator.request('POST', '/api/supervision/370212/key-supervisions', {
      subject: 'party',
      partyIdentifier: party!.identifier,
      reason: ' ',
      startsOn: '2026-09-26',
      endsOn: '2027-09-25',
    });
    expect(missingReason.json()).toMatchObject({ field: 'reason' });
    await ok(
      regulator.request('POST', '/api/supervision/370212/key-supervisions', {
        subject: 'party',
        partyIdentifier: party!.identifier,
        reason: '测试：列入重点监管',
        startsOn: '2026-09-26',
        endsOn: '2027-09-25',
      }),
      201,
    );
    const flags = await ok<{ active: boolean }[]>(
      regulator.request('GET', `/api/supervision/cases/${target.id}/key-supervision`),
    );
    expect(flags.some((f) => f.active)).toBe(true);
    const draft = await ok<PlanDetail>(
      regulator.request(
        'POST',
        '/api/supervision/370212/plans',
        await planBody({ drawOn: '2026-09-27', rates: { low: 10, medium: 10, high: 10 } }),
      ),
      201,
    );
    const key = draft.strata.find((s) => /^key-(low|medium|high)$/.test(s.stratum))!;
    expect(key.rate).toBe(30);
    // Strata of graded parties (the false commitment found above, CRED-3) take their own rates.
    const ungraded = draft.strata.filter((s) => !s.stratum.startsWith('key-') && !s.stratum.includes('-'));
    expect(ungraded.every((s) => s.rate === 10)).toBe(true);
  });
});

describe('SUP-1 CRED-3 the party’s credit grade sets its case’s stratum and rate', () => {
  let planId: string;
  let caseNo: string;

  it('SUP-1 CRED-3: per-grade rates are checked like the risk rates, naming the field', async () => {
    const refused = await regulator.request(
      'POST',
      '/api/supervision/370212/plans',
      await planBody({ drawOn: '2026-09-27', gradeRates: { C: 12.345 } }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().field).toBe('gradeRates.C');
  });

  it('SUP-1 CRED-3: a party with a record of a grade-C category in effect lands in its grade stratum at the grade rate', async () => {
    const rows = await t.database.sql.query<{ case_no: string; party_id: string }>(
      `select c.case_no, c.party_id from cases c join commitments m on m.case_id = c.id
       where c.district_code = '370212' and c.state = 'approved'
         and c.party_id not in (select party_id from credit_records where category <> 'minor')
         and c.party_id not in (select party_id from key_supervisions where party_id is not null)
       order by c.case_no desc limit 1`,
    );
    const target = rows.rows[0]!;
    caseNo = target.case_no;
    // 一般失信 of rulebook version 1: grade C, a sampling raise of 10 points, no key supervision.
    await t.database.db.insert(creditRecords).values({
      partyId: target.party_id,
      districtCode: '370212',
      kind: 'dishonesty',
      category: 'general',
      ruleVersion: 1,
      description: '测试：未按期整改',
      authority: '崂山区市场监督管理局',
      basis: '测试依据',
      source: 'manual',
      recordedAt: new Date('2026-09-26T00:00:00Z'),
      expiresAt: new Date('2027-09-26T00:00:00Z'),
    });
    const draft = await ok<PlanDetail>(
      regulator.request(
        'POST',
        '/api/supervision/370212/plans',
        await planBody({
          drawOn: '2026-09-27',
          rates: { low: 10, medium: 10, high: 10 },
          gradeRates: { C: 60 },
        }),
      ),
      201,
    );
    expect(draft.gradeRates).toEqual({ C: 60 });
    // max(risk 10 [+ key 20], grade C 60) + raise 10
    const graded = draft.strata.filter((s) => /-gradeC-raise10$/.test(s.stratum));
    expect(graded.length).toBeGreaterThan(0);
    expect(graded.every((s) => s.rate === 70)).toBe(true);
    const approved = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${draft.id}/approve`, { revision: draft.revision }),
    );
    planId = approved.id;
  });

  it('SUP-1 CRED-3: the frozen input names the grade, and a re-run after the draw still equals', async () => {
    const published = await ok<Static<typeof Contract.PublicInspectionWithInput>>(
      t.anonymous('GET', `/api/public/inspections/${planId}`),
    );
    const entry = published.input.pool.find((p) => p.caseNo === caseNo)!;
    expect(entry.stratum).toMatch(/^(key-)?(low|medium|high)-gradeC-raise10$/);
    expect(published.input.rates[entry.stratum]).toBe(70);
    expect(published.gradeRates).toEqual({ C: 60 });
    t.clock.now = new Date('2026-09-27T01:00:00Z');
    regulator = await t.login('ls-regulator');
    const [row] = await t.database.db
      .select({ revision: inspectionPlans.revision })
      .from(inspectionPlans)
      .where(eq(inspectionPlans.id, planId));
    const drawn = await ok<PlanDetail>(
      regulator.request('POST', `/api/supervision/plans/${planId}/draw`, { revision: row!.revision }),
    );
    expect(drawn.strata.find((s) => s.stratum === entry.stratum)).toMatchObject({ rate: 70 });
    const rerun = await ok<{ equal: boolean }>(
      t.anonymous('POST', `/api/public/inspections/${planId}/rerun`, {}),
    );
    expect(rerun.equal).toBe(true);
  });
});

describe('SUP-1 inspector pools', () => {
  it('an agency keeps its own pool only; the district admin keeps every agency’s', async () => {
    const health = await agencyId('崂山区卫生健康局');
    const refused = await regulator.request('POST', '/api/supervision/370212/inspectors', {
      agencyId: health,
      name: '测试员',
      certificateNo: 'LS0212999',
      fields: ['卫生健康'],
      active: true,
    });
    expect(refused.statusCode).toBe(403);
    const admin = await t.login('ls-admin');
    const created = await ok<{ id: string }>(
      admin.request('POST', '/api/supervision/370212/inspectors', {
        agencyId: health,
        name: '测试员',
        certificateNo: 'LS0212999',
        fields: ['卫生健康'],
        active: true,
      }),
      201,
    );
    const dup = await admin.request('POST', '/api/supervision/370212/inspectors', {
      agencyId: health,
      name: '另一人',
      certificateNo: 'ls0212999',
      fields: [],
      active: true,
    });
    expect(dup.json()).toMatchObject({ field: 'certificateNo' });
    const conflict = await admin.request('POST', `/api/supervision/inspectors/${created.id}/conflicts`, {
      kind: 'company',
      partyIdentifier: '91370212MA3C1234X0',
      partyName: '某公司',
      note: '',
    });
    expect(conflict.statusCode).toBe(400);
    expect(conflict.json().field).toBe('partyIdentifier');
  });

  it('imports a pool from the documented workbook, all rows or none', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('执法人员');
    sheet.addRow(['姓名', '执法证号', '所属单位', '执法领域', '状态']);
    sheet.addRow(['导入甲', 'LS0212801', '崂山区市场监督管理局', '市场监管、食品经营', '在岗']);
    sheet.addRow(['导入乙', 'LS0212802', '崂山区市场监督管理局', '市场监管', '停用']);
    const conflicts = workbook.addWorksheet('回避申报');
    conflicts.addRow(['执法证号', '回避类型', '名称', '证件号码', '说明']);
    const [company] = await t.database.db
      .select()
      .from(parties)
      .where(eq(parties.kind, 'organisation'))
      .limit(1);
    conflicts.addRow(['LS0212801', '近亲属关联企业', company!.name, company!.identifier, '兄长任股东']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await ok(
      regulator.request('POST', '/api/supervision/370212/inspectors/import', {
        fileName: 'pool.xlsx',
        contentBase64: file,
      }),
    );
    expect(result).toEqual({ created: 2, updated: 0, conflicts: 1 });

    sheet.addRow(['导入丙', 'LS0212803', '不存在的单位', '市场监管', '在岗']);
    const bad = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const refused = await regulator.request('POST', '/api/supervision/370212/inspectors/import', {
      fileName: 'pool.xlsx',
      contentBase64: bad,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().field).toBe('执法人员[4].所属单位');
    const pool = await ok<{ certificateNo: string }[]>(
      regulator.request('GET', '/api/supervision/370212/inspectors'),
    );
    expect(pool.some((p) => p.certificateNo === 'LS0212803')).toBe(false);
  });
});

async function storedSeed(planId: string) {
  const [row] = await t.database.db
    .select({ seed: inspectionPlans.seed })
    .from(inspectionPlans)
    .where(eq(inspectionPlans.id, planId));
  return row?.seed;
}

/** The database's refusal (drizzle wraps it as the cause of its own error), or '' when it went through. */
async function refusal(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
    return '';
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return `${e.message} ${e.cause?.message ?? ''}`;
  }
}
