// LIST-7 filing (备案) of each published version, level by level up to the provincial justice
// department, each hop due 7 working days (ORG-3) by the official calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../tests/support/fixed-time.ts';
import { amendItem, draftRow, ok, publish, workspace } from '../../tests/support/lists.ts';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';

interface Filing {
  id: string;
  listCode: string;
  versionNo: number;
  hop: number;
  fromJurisdictionCode: string;
  toJurisdictionCode: string;
  state: 'pending' | 'submitted' | 'received';
  dueDate: string;
  revision: number;
  submittedBy: string | null;
  receivedBy: string | null;
  overdue: boolean;
  late: boolean;
  stateLabel: string;
  allowedActions: string[];
}

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Sessions last hours; the clock jumps days, so each step logs in at the current time. */
const as = (username: string): Promise<Session> => t.login(username);
const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const filings = async (username: string) =>
  ok<Filing[]>((await as(username)).request('GET', '/api/list-filings'));
const filing = async (username: string, list: string, versionNo: number, hop: number) =>
  (await filings(username)).find((f) => f.listCode === list && f.versionNo === versionNo && f.hop === hop)!;
const act = async (username: string, f: Filing, action: 'submit' | 'receive') =>
  (await as(username)).request('POST', `/api/list-filings/${f.id}/${action}`, { revision: f.revision });

describe('LIST-7 the demo filings', () => {
  it('shows version 1 filed up to the province and version 2 still to be sent to the city', async () => {
    const mine = await filings('ls-justice');
    const v1 = mine.filter((f) => f.listCode === '370212' && f.versionNo === 1);
    expect(v1.map((f) => [f.hop, f.fromJurisdictionCode, f.toJurisdictionCode, f.stateLabel])).toEqual([
      [1, '370212', '370200', '已接收'],
      [2, '370200', '370000', '已接收'],
    ]);
    const v2 = mine.find((f) => f.listCode === '370212' && f.versionNo === 2)!;
    // published Monday 2026-09-21; 2026-09-25 (中秋节) is a holiday: 7 working days end 2026-10-08
    expect(v2).toMatchObject({
      hop: 1,
      state: 'pending',
      dueDate: '2026-10-08',
      stateLabel: '待报送',
      allowedActions: ['submit'],
    });
  });

  it('shows the filings of each district to its own staff and levels above only', async () => {
    expect((await filings('st-justice')).some((f) => f.listCode === '370212')).toBe(false);
    expect((await filings('qd-justice')).some((f) => f.listCode.startsWith('3704'))).toBe(false);
    expect((await filings('sd-justice')).some((f) => f.listCode === '370212')).toBe(true);
  });
});

describe('LIST-7 a publication just before National Day 2026', () => {
  let hop1: Filing;

  it('opens hop 1 to the city due 7 working days later by the official calendar: 2026-09-28 → 2026-10-13', async () => {
    at('2026-09-28T02:00:00Z');
    const justice = await as('ls-justice');
    const row = draftRow(await workspace(justice), '居住证明', '居住证办理');
    await ok(amendItem(justice, row, { remarks: '节前调整' }));
    const draftRevision = (await workspace(justice)).draftRevision;
    const version = await ok<{ versionNo: number; publishedOn: string }>(
      publish(justice, draftRevision, '节前调整'),
      201,
    );
    expect(version).toMatchObject({ versionNo: 3, publishedOn: '2026-09-28' });
    hop1 = await filing('ls-justice', '370212', 3, 1);
    // 9-29, 9-30, (10-1…10-7 国庆节), 10-8, 10-9, 10-10 (Saturday, make-up working day), 10-12, 10-13
    expect(hop1).toMatchObject({
      fromJurisdictionCode: '370212',
      toJurisdictionCode: '370200',
      state: 'pending',
      dueDate: '2026-10-13',
      stateLabel: '待报送',
      overdue: false,
      allowedActions: ['submit'],
    });
  });

  it('puts the due date among the sending justice bureau’s deadlines (reminders)', async () => {
    const deadlines = await ok<{ key: string; dueDate: string }[]>(
      (await as('ls-justice')).request('GET', '/api/deadlines'),
    );
    expect(deadlines).toContainEqual(
      expect.objectContaining({ key: `list-filing:${hop1.id}`, dueDate: '2026-10-13' }),
    );
  });

  it('refuses receipt before it is sent, by the sender, and by a level it is not sent to', async () => {
    const early = await act('qd-justice', hop1, 'receive');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ILLEGAL_TRANSITION');
    const bySender = await act('ls-justice', hop1, 'receive');
    expect(bySender.statusCode).toBe(403);
    expect(bySender.json().code).toBe('FORBIDDEN');
    expect((await act('zz-justice', hop1, 'receive')).statusCode).toBe(404);
    expect((await act('sd-justice', hop1, 'receive')).statusCode).toBe(404);
    // and only the sending level sends it
    expect((await act('qd-justice', hop1, 'submit')).statusCode).toBe(403);
    expect((await act('st-justice', hop1, 'submit')).statusCode).toBe(404);
    expect((await act('ls-case-officer', hop1, 'submit')).statusCode).toBe(403);
  });

  it('the district sends it (已报送), closing its deadline', async () => {
    const sent = await ok<Filing>(act('ls-justice', hop1, 'submit'));
    expect(sent).toMatchObject({ state: 'submitted', submittedBy: '李明' });
    hop1 = await filing('qd-justice', '370212', 3, 1);
    expect(hop1).toMatchObject({ stateLabel: '已报送', allowedActions: ['receive'] });
    expect((await act('ls-justice', { ...hop1, revision: sent.revision }, 'submit')).statusCode).toBe(409);
    const deadlines = await ok<{ key: string }[]>((await as('ls-justice')).request('GET', '/api/deadlines'));
    expect(deadlines.map((d) => d.key)).not.toContain(`list-filing:${hop1.id}`);
  });

  it('the city receives it (已接收) and files it on with the province: hop 2, due 7 working days after receipt', async () => {
    at('2026-09-29T07:00:00Z');
    const received = await ok<{ filing: Filing; next: Filing | null }>(act('qd-justice', hop1, 'receive'));
    expect(received.filing).toMatchObject({ state: 'received', receivedBy: '冯敏' });
    expect(received.next).toMatchObject({
      hop: 2,
      fromJurisdictionCode: '370200',
      toJurisdictionCode: '370000',
      state: 'pending',
      dueDate: '2026-10-14',
    });
    expect((await filing('ls-justice', '370212', 3, 1)).stateLabel).toBe('已接收');
  });

  it('the province receives hop 2, and no further hop opens: the province is the top', async () => {
    const hop2 = await filing('qd-justice', '370212', 3, 2);
    expect(hop2.allowedActions).toEqual(['submit']);
    expect((await act('sd-justice', hop2, 'receive')).statusCode).toBe(409);
    await ok(act('qd-justice', hop2, 'submit'));
    const sent = await filing('sd-justice', '370212', 3, 2);
    expect(sent.allowedActions).toEqual(['receive']);
    const received = await ok<{ filing: Filing; next: Filing | null }>(act('sd-justice', sent, 'receive'));
    expect(received.filing.state).toBe('received');
    expect(received.next).toBeNull();
    const chain = (await filings('sd-justice')).filter((f) => f.listCode === '370212' && f.versionNo === 3);
    expect(chain.map((f) => [f.hop, f.toJurisdictionCode, f.stateLabel])).toEqual([
      [1, '370200', '已接收'],
      [2, '370000', '已接收'],
    ]);
    const again = await act('sd-justice', { ...sent, revision: received.filing.revision }, 'receive');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ILLEGAL_TRANSITION');
  });
});

describe('LIST-7 overdue filings (逾期)', () => {
  it('is not overdue on its due date, overdue the working day after, for the sender and the level above', async () => {
    at('2026-10-08T09:00:00Z'); // 17:00 in Shanghai on the due date
    expect(await filing('ls-justice', '370212', 2, 1)).toMatchObject({
      state: 'pending',
      overdue: false,
      stateLabel: '待报送',
    });
    at('2026-10-09T02:00:00Z');
    expect(await filing('ls-justice', '370212', 2, 1)).toMatchObject({
      state: 'pending',
      overdue: true,
      stateLabel: '逾期',
    });
    expect(await filing('qd-justice', '370212', 2, 1)).toMatchObject({ overdue: true, stateLabel: '逾期' });
  });

  it('a filing sent late is no longer overdue but is marked late', async () => {
    const v2 = await filing('ls-justice', '370212', 2, 1);
    await ok(act('ls-justice', v2, 'submit'));
    expect(await filing('ls-justice', '370212', 2, 1)).toMatchObject({
      state: 'submitted',
      overdue: false,
      late: true,
      stateLabel: '已报送',
    });
  });
});

describe('LIST-7 in 山亭区 (ST): town → district → city → province', () => {
  it('files the town list (店子镇) with 山亭区 first, which receives and forwards it to 枣庄市, then to the province', async () => {
    at(TEST_NOW.toISOString());
    const town = await filing('st-justice', '370406101', 1, 1);
    expect(town).toMatchObject({
      fromJurisdictionCode: '370406101',
      toJurisdictionCode: '370406',
      state: 'submitted',
    });
    // the town's 司法所 sent it; it cannot receive it itself, nor can the city skip the district
    expect((await act('st-dianzi-justice', town, 'receive')).statusCode).toBe(403);
    expect((await act('zz-justice', town, 'receive')).statusCode).toBe(404);
    const atDistrict = await ok<{ next: Filing }>(act('st-justice', town, 'receive'));
    expect(atDistrict.next).toMatchObject({
      hop: 2,
      fromJurisdictionCode: '370406',
      toJurisdictionCode: '370400',
    });
    await ok(act('st-justice', await filing('st-justice', '370406101', 1, 2), 'submit'));
    const atCity = await ok<{ next: Filing }>(
      act('zz-justice', await filing('zz-justice', '370406101', 1, 2), 'receive'),
    );
    expect(atCity.next).toMatchObject({
      hop: 3,
      fromJurisdictionCode: '370400',
      toJurisdictionCode: '370000',
    });
    await ok(act('zz-justice', await filing('zz-justice', '370406101', 1, 3), 'submit'));
    const top = await ok<{ next: Filing | null }>(
      act('sd-justice', await filing('sd-justice', '370406101', 1, 3), 'receive'),
    );
    expect(top.next).toBeNull();
    const chain = (await filings('st-dianzi-justice')).filter(
      (f) => f.listCode === '370406101' && f.versionNo === 1,
    );
    expect(chain.map((f) => `${f.fromJurisdictionCode}→${f.toJurisdictionCode} ${f.stateLabel}`)).toEqual([
      '370406101→370406 已接收',
      '370406→370400 已接收',
      '370400→370000 已接收',
    ]);
  });
});

describe('SPEC §10 Clocks: a filing due in a year whose holiday schedule is not published yet', () => {
  let hop1: Filing & { dueWarnings: { year: number; message: string }[] };

  it('counts 2027’s statutory holidays and says the due date is provisional: 2026-12-25 → 2027-01-06', async () => {
    at('2026-12-25T02:00:00Z');
    const justice = await as('ls-justice');
    const row = draftRow(await workspace(justice), '居住证明', '居住证办理');
    await ok(amendItem(justice, row, { remarks: '年末调整' }));
    const version = await ok<{ versionNo: number }>(
      publish(justice, (await workspace(justice)).draftRevision, '年末调整'),
      201,
    );
    hop1 = (await filing('ls-justice', '370212', version.versionNo, 1)) as typeof hop1;
    // 12-28 … 12-31, (2027-01-01 元旦 by law), 01-04, 01-05, 01-06
    expect(hop1.dueDate).toBe('2027-01-06');
    expect(hop1.dueWarnings).toEqual([
      expect.objectContaining({ year: 2027, message: expect.stringContaining('暂定') }),
    ]);
  });

  it('counts it again once the platform admin enters 2027’s schedule: final, and moved where the schedule says', async () => {
    const admin = await as('platform-admin');
    const entered = await ok<{ recounted: number }>(
      admin.request('POST', '/api/calendar/year-schedules', {
        // 示例: an illustrative schedule, not the State Council's
        text: '2027-01-01..2027-01-04 休 元旦\n',
        note: '示例安排',
      }),
      201,
    );
    expect(entered.recounted).toBeGreaterThan(0);
    const moved = (await filing('ls-justice', '370212', hop1.versionNo, 1)) as typeof hop1;
    expect(moved).toMatchObject({ dueDate: '2027-01-07', dueWarnings: [] });
    const deadlines = await ok<{ key: string; dueDate: string; warnings: unknown[] }[]>(
      (await as('ls-justice')).request('GET', '/api/deadlines'),
    );
    expect(deadlines.find((d) => d.key === `list-filing:${hop1.id}`)).toMatchObject({
      dueDate: '2027-01-07',
    });
  });
});
