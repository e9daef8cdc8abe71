import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../tests/support/test-app.ts';
import { auditEntries } from '../platform/audit/schema.ts';

// An illustrative 2027 schedule in the admin's paste format: plausible dates, NOT the State Council's
// real notice. 2027-02-20 (a Saturday) is a make-up workday, 2027-01-01 (a Friday) a holiday.
const SCHEDULE_2027 = `# 2027年部分节假日安排（测试用示例，非正式通知）
2027-01-01..2027-01-03 休 元旦
2027-02-06..2027-02-12 休 春节
2027-02-20 班 春节
2027-04-03..2027-04-05 休 清明节
2027-05-01..2027-05-05 休 劳动节
2027-06-09..2027-06-11 休 端午节
2027-09-15..2027-09-17 休 中秋节
2027-09-26 班 国庆节
2027-10-01..2027-10-07 休 国庆节
2027-10-09 班 国庆节
`;

const LATE_2026 = new Date('2026-11-25T02:00:00.000Z');

let t: TestApp;
let platformAdmin: Session;
let districtAdmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  // Late November 2026: the State Council has published 2027's schedule, chinese-days does not have it.
  t.clock.now = LATE_2026;
  platformAdmin = await t.login('platform-admin');
  districtAdmin = await t.login('ls-admin');
});
afterAll(() => t.close());

const add = async (from: string, days: number, as: Session = districtAdmin) => {
  const response = await as.request('GET', `/api/calendar/add-working-days?from=${from}&days=${days}`);
  expect(response.statusCode).toBe(200);
  return response.json() as { date: string; warnings: { code: string; year: number; message: string }[] };
};

describe('working days (SPEC preamble; LIST-7, DOC-3 deadlines) through the calendar API', () => {
  it('counts 7 working days from 2026-09-28 across National Day and its make-up Saturday → 2026-10-13', async () => {
    expect(await add('2026-09-28', 7)).toEqual({ date: '2026-10-13', warnings: [] });
  });

  it('warns, in Chinese and English, when a count reaches 2027 whose schedule is not entered yet', async () => {
    const result = await add('2026-12-20', 15);
    // 2027's statutory holidays count before its schedule is out: 2027-01-01 (a Friday) is 元旦.
    expect(result.date).toBe('2027-01-11');
    expect(result.warnings).toEqual([
      {
        code: 'NO_OFFICIAL_SCHEDULE',
        year: 2027,
        message: expect.stringContaining('2027年的放假安排尚未公布'),
        messageEn: expect.stringContaining('official holiday schedule for 2027 is not published yet'),
      },
    ]);
  });

  it('says which years need their schedule: 2027 once the clock is in late 2026', async () => {
    const status = await districtAdmin.request('GET', '/api/calendar');
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ yearsNeedingSchedule: [2027], scheduledYears: [], entries: [] });
    expect(status.json().packageYears.to).toBe(2026);
  });

  it('rejects a bad schedule with 400 naming the field and the line', async () => {
    const response = await platformAdmin.request('POST', '/api/calendar/year-schedules', {
      text: '2027-01-01 休 元旦\n2027-02-30 休 春节\n',
      note: '国办发明电〔2026〕示例',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION',
      field: 'text',
      message: expect.stringMatching(/^第 2 行：.*2027-02-30/),
      message_en: expect.stringMatching(/^Line 2: /),
    });
    const weekdayWorkday = await platformAdmin.request('POST', '/api/calendar/year-schedules', {
      text: '2027-01-01 休 元旦\n2027-02-19 班 春节\n',
      note: '示例',
    });
    expect(weekdayWorkday.json()).toMatchObject({
      field: 'text',
      message: expect.stringMatching(/^第 2 行：/),
    });
    expect((await districtAdmin.request('GET', '/api/calendar')).json().scheduledYears).toEqual([]);
  });

  it('lets the platform admin enter the 2027 schedule (201); counts then honour it without a warning', async () => {
    const response = await platformAdmin.request('POST', '/api/calendar/year-schedules', {
      text: SCHEDULE_2027,
      note: '国务院办公厅关于2027年部分节假日安排的通知（示例）',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ year: 2027, days: 34, recounted: expect.any(Number) });

    // The same day, now final: no warning.
    expect(await add('2026-12-20', 15)).toEqual({ date: '2027-01-11', warnings: [] });
    const days = await districtAdmin.request('GET', '/api/calendar/days?from=2027-02-12&to=2027-02-21');
    const byDate = Object.fromEntries(days.json().map((d: { date: string }) => [d.date, d]));
    expect(byDate['2027-02-12']).toMatchObject({ working: false, name: '春节', official: true });
    expect(byDate['2027-02-19']).toMatchObject({ working: true, reason: 'weekday', official: true });
    expect(byDate['2027-02-20']).toMatchObject({ working: true, name: '春节', official: true });
    expect(byDate['2027-02-21']).toMatchObject({ working: false, reason: 'weekend', official: true });
    const status = (await districtAdmin.request('GET', '/api/calendar')).json();
    expect(status.yearsNeedingSchedule).toEqual([]);
    expect(status.scheduledYears).toEqual([
      expect.objectContaining({ year: 2027, enteredBy: 'platform-admin' }),
    ]);
  });

  it('shifts a count when a date is overridden, and restores it when the override is removed', async () => {
    const set = await platformAdmin.request('PUT', '/api/calendar/days/2026-10-12', {
      kind: 'holiday',
      name: '地方临时休假（测试）',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ date: '2026-10-12', kind: 'holiday', source: 'override' });
    expect(await add('2026-09-28', 7)).toEqual({ date: '2026-10-14', warnings: [] });

    expect((await platformAdmin.request('DELETE', '/api/calendar/days/2026-10-12')).statusCode).toBe(204);
    expect(await add('2026-09-28', 7)).toEqual({ date: '2026-10-13', warnings: [] });
    expect((await platformAdmin.request('DELETE', '/api/calendar/days/2026-10-12')).statusCode).toBe(404);
  });

  it('keeps the year schedule under an override: clearing the override brings the holiday back', async () => {
    // Needs the 2027 schedule entered by the test above: 2027-10-01..07 are holidays.
    expect((await add('2027-09-30', 1, platformAdmin)).date).toBe('2027-10-08');
    const day = (
      await platformAdmin.request('GET', '/api/calendar/days?from=2027-10-01&to=2027-10-01')
    ).json()[0];
    expect(day).toMatchObject({ working: false, reason: 'holiday', official: true });
    const set = await platformAdmin.request('PUT', '/api/calendar/days/2027-10-01', {
      kind: 'workday',
      name: '测试覆盖',
    });
    expect(set.statusCode).toBe(200);
    expect((await add('2027-09-30', 1, platformAdmin)).date).toBe('2027-10-01');
    expect((await platformAdmin.request('DELETE', '/api/calendar/days/2027-10-01')).statusCode).toBe(204);
    expect((await add('2027-09-30', 1, platformAdmin)).date).toBe('2027-10-08');
  });

  it('refuses a date that does not exist (400 naming the field)', async () => {
    const bad = await platformAdmin.request('PUT', '/api/calendar/days/2026-02-30', {
      kind: 'holiday',
      name: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION', field: 'date' });
    const badFrom = await districtAdmin.request(
      'GET',
      '/api/calendar/add-working-days?from=2026-13-01&days=1',
    );
    expect(badFrom.statusCode).toBe(400);
    expect(badFrom.json()).toMatchObject({ code: 'VALIDATION', field: 'from' });
  });
});

describe('SPEC §10 Scope / GOV-5: only the platform admin (370000) changes the calendar, audited', () => {
  it('refuses changes from a district admin (403) but lets them read', async () => {
    const changes = [
      await districtAdmin.request('PUT', '/api/calendar/days/2026-10-12', {
        kind: 'holiday',
        name: '区里放假',
      }),
      await districtAdmin.request('DELETE', '/api/calendar/days/2026-10-12'),
      await districtAdmin.request('POST', '/api/calendar/year-schedules', {
        text: SCHEDULE_2027,
        note: '区管理员试图录入',
      }),
    ];
    expect(changes.map((r) => r.statusCode)).toEqual([403, 403, 403]);
    expect(changes[0]!.json()).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('平台管理员'),
    });
    expect(await add('2026-09-28', 7)).toEqual({ date: '2026-10-13', warnings: [] });
    expect((await districtAdmin.request('GET', '/api/calendar')).statusCode).toBe(200);
  });

  it('records every calendar change in the platform chain 370000, which verifies', async () => {
    const entries = await t.database.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.chain, '370000'))
      .orderBy(asc(auditEntries.seq));
    const calendarEntries = entries.filter((e) => e.action.startsWith('calendar.'));
    expect(calendarEntries.map((e) => [e.action, e.entityId, e.actorName])).toEqual([
      ['calendar.year-schedule-entered', '2027', 'platform-admin'],
      ['calendar.day-set', '2026-10-12', 'platform-admin'],
      ['calendar.day-cleared', '2026-10-12', 'platform-admin'],
      ['calendar.day-set', '2027-10-01', 'platform-admin'],
      ['calendar.day-cleared', '2027-10-01', 'platform-admin'],
    ]);
    expect(calendarEntries[1]).toMatchObject({
      before: null,
      after: expect.objectContaining({ date: '2026-10-12', kind: 'holiday' }),
    });
    expect(calendarEntries[2]).toMatchObject({ before: expect.objectContaining({ date: '2026-10-12' }) });
    // Nothing about the calendar in the districts' chains.
    const districtCalendarEntries = await t.database.db
      .select({ chain: auditEntries.chain, action: auditEntries.action })
      .from(auditEntries);
    expect(
      districtCalendarEntries.filter((e) => e.action.startsWith('calendar.') && e.chain !== '370000'),
    ).toEqual([]);
    const verification = await platformAdmin.request('GET', '/api/audit/verification?chain=370000');
    expect(verification.json()).toEqual([{ chain: '370000', entries: entries.length, firstBreak: null }]);
    expect(calendarEntries.every((e) => e.occurredAt.getTime() === LATE_2026.getTime())).toBe(true);
  });
});
