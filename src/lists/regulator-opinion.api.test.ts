// VER-5: where the handling agency is not the industry regulator, exempting an item from verification
// needs the regulator's recorded opinion; the list refuses to publish such an exemption without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  amendBody,
  type DraftRow,
  draftRow,
  ok,
  publicList,
  publish,
  workspace,
} from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

let t: TestApp;
let justice: Session;
let regulator: Session;

const PROOF = '经营场所证明';
const MATTER = '个体工商户登记';
const REGULATOR = '崂山区市场监督管理局';

interface Exemption {
  listCode: string;
  rowId: string;
  name: string;
  administrativeMatter: string;
  handlingAgency: string;
  industryRegulator: string;
  regulatorOpinion: { agrees: boolean; opinion: string; agency: string; recordedBy: string } | null;
}
type Row = DraftRow & {
  industryRegulator: string | null;
  regulatorOpinion: Exemption['regulatorOpinion'];
};

const row = async () => draftRow(await workspace(justice), PROOF, MATTER) as Row;
const setRegulator = async (industryRegulator: string | null, set: Record<string, unknown> = {}) =>
  ok<Row>(
    justice.request('PUT', `/api/lists/370212/items/${(await row()).id}`, {
      ...amendBody(await row(), set),
      industryRegulator,
    }),
  );
const opinionUrl = (r: { id: string }) => `/api/lists/370212/draft/${r.id}/regulator-opinion`;
const giveOpinion = async (as: Session, agrees: boolean, opinion: string) =>
  as.request('POST', opinionUrl(await row()), { agrees, opinion });
const publishNow = async () => publish(justice, (await workspace(justice)).draftRevision, 'VER-5 测试');

beforeAll(async () => {
  t = await createTestApp();
  justice = await t.login('ls-justice');
  regulator = await t.login('ls-regulator');
});
afterAll(() => t.close());

describe('VER-5 the industry regulator’s opinion on exempting an item from verification', () => {
  it('VER-5: the demo’s exemption in 山亭区 carries the regulator’s agreeing opinion and is published', async () => {
    const st = await t.login('st-justice');
    const ws = await workspace(st, '370406');
    expect(draftRow(ws, PROOF, MATTER)).toMatchObject({
      verification: 'exempt',
      handlingAgency: '山亭区行政审批服务局',
      industryRegulator: '山亭区市场监督管理局',
      regulatorOpinion: { agrees: true, agency: '山亭区市场监督管理局', recordedBy: '沈丽娜' },
    });
    const seen = await ok<Exemption[]>(
      (await t.login('st-regulator')).request('GET', '/api/lists/exemptions'),
    );
    expect(seen).toEqual([
      expect.objectContaining({
        listCode: '370406',
        name: PROOF,
        administrativeMatter: MATTER,
        regulatorOpinion: expect.objectContaining({ agrees: true }),
      }),
    ]);
  });

  it('VER-5: names only an active agency of the district as regulator (400 naming the field)', async () => {
    const r = await row();
    const bad = await justice.request('PUT', `/api/lists/370212/items/${r.id}`, {
      ...amendBody(r),
      industryRegulator: '山亭区市场监督管理局',
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION', field: 'industryRegulator' });
  });

  it('VER-5: publishing an exemption whose regulator differs without an opinion is refused, naming the field; nothing is published', async () => {
    const before = await publicList(t);
    const amended = await setRegulator(REGULATOR, { remarks: '行业主管部门意见待出具' });
    expect(amended).toMatchObject({
      verification: 'exempt',
      industryRegulator: REGULATOR,
      regulatorOpinion: null,
    });
    const index = (await workspace(justice)).draft.findIndex((d) => d.id === amended.id);
    const refused = await publishNow();
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION',
      field: `draft[${index}].regulatorOpinion`,
      message: expect.stringContaining(REGULATOR),
      message_en: expect.stringContaining(REGULATOR),
    });
    expect(refused.json().message).toContain(PROOF);
    expect(refused.json().message).toContain(MATTER);
    expect(refused.json().message).toContain(amended.handlingAgency);
    expect((await publicList(t)).version).toBe(before.version);
  });

  it('VER-5: the exemptions listing shows the pending row to the regulator and the justice bureau; applicants are refused', async () => {
    for (const as of [regulator, justice]) {
      const rows = await ok<Exemption[]>(as.request('GET', '/api/lists/exemptions'));
      expect(rows).toContainEqual(
        expect.objectContaining({
          listCode: '370212',
          name: PROOF,
          administrativeMatter: MATTER,
          industryRegulator: REGULATOR,
          regulatorOpinion: null,
        }),
      );
    }
    const applicant = await t.login('ls-applicant');
    expect((await applicant.request('GET', '/api/lists/exemptions')).statusCode).toBe(403);
  });

  it('VER-5: only the regulator the row names records an opinion (another agency’s regulator 403, another district 404)', async () => {
    await setRegulator('崂山区卫生健康局');
    const other = await giveOpinion(regulator, true, '同意');
    expect(other.statusCode, other.body).toBe(403);
    expect((await giveOpinion(justice, true, '同意')).statusCode).toBe(403);
    const far = await giveOpinion(await t.login('st-regulator'), true, '同意');
    expect(far.statusCode, far.body).toBe(404);
    await setRegulator(REGULATOR);
    expect((await row()).regulatorOpinion).toBeNull();
  });

  it('VER-5: a disagreeing opinion still refuses publication', async () => {
    const answer = await ok<Row>(giveOpinion(regulator, false, '经营场所涉及消防安全，不同意免于核查'));
    expect(answer.regulatorOpinion).toMatchObject({ agrees: false, agency: REGULATOR, recordedBy: '孙丽' });
    const refused = await publishNow();
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().field).toMatch(/^draft\[\d+\]\.regulatorOpinion$/);
  });

  it('VER-5: the regulator’s agreeing opinion lets the list publish', async () => {
    const before = await publicList(t);
    await ok<Row>(giveOpinion(regulator, true, '同意免于核查，登记后纳入“双随机、一公开”监管'));
    const published = await publishNow();
    expect(published.statusCode, published.body).toBe(201);
    expect((await publicList(t)).version).toBe(before.version + 1);
    const audit = await t.database.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'list-item.regulator-opinion'`,
    );
    expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('VER-5: changing the class (or the regulator) clears the opinion', async () => {
    expect((await row()).regulatorOpinion).toMatchObject({ agrees: true });
    const online = await setRegulator(REGULATOR, {
      verification: 'online',
      timeLimitWorkingDays: 2,
      method: '通过市场主体登记系统核查',
    });
    expect(online.regulatorOpinion).toBeNull();
    await ok<Row>(giveOpinion(regulator, true, '同意'));
    const back = await setRegulator(REGULATOR, { verification: 'exempt', timeLimitWorkingDays: 0 });
    expect(back.regulatorOpinion).toBeNull();
  });
});
