import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from './iso-date.ts';
import { createWorkingCalendar } from './working-days.ts';
import { parseYearSchedule } from './year-schedule.ts';

// The State Council's 2026 schedule as an admin would type it.
const SCHEDULE_2026 = `# 国务院办公厅关于2026年部分节假日安排的通知
2026-01-01..2026-01-03 holiday 元旦
2026-01-04 workday 元旦
2026-02-15..2026-02-23 休 春节
2026-02-14 班 春节
2026-02-28 班 春节
2026-04-04..2026-04-06 休 清明
2026-05-01..2026-05-05 休 劳动节
2026-05-09 班 劳动节
2026-06-19..2026-06-21 休 端午
2026-09-25..2026-09-27 休 中秋
2026-10-01..2026-10-07 休 国庆节
2026-09-20 班 国庆节
2026-10-10 班 国庆节
`;

describe('calendar year schedule parser', () => {
  it('reads the 2026 schedule, including ranges and 休/班, in date order', () => {
    const result = parseYearSchedule(SCHEDULE_2026);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.year).toBe(2026);
    expect(result.days).toHaveLength(33 + 6);
    expect(result.days[0]).toEqual({ date: '2026-01-01', kind: 'holiday', name: '元旦' });
    expect(result.days.find((day) => day.date === '2026-10-10')).toEqual({
      date: '2026-10-10',
      kind: 'workday',
      name: '国庆节',
    });
    const dates = result.days.map((day) => day.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives, as admin entries, the same 2026 calendar as chinese-days', () => {
    const result = parseYearSchedule(SCHEDULE_2026);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const fromPackage = createWorkingCalendar();
    const fromAdmin = createWorkingCalendar({ entries: result.days });
    for (let day = toDayNumber('2026-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const date = toIsoDate(day);
      expect(fromAdmin.isWorkingDay(date), date).toBe(fromPackage.isWorkingDay(date));
    }
  });

  it('accepts full-width spaces, CRLF, a BOM, blank lines, English kinds in any case and names with spaces', () => {
    const text = '\uFEFF2027-01-01\u3000HOLIDAY\u3000元旦\r\n\r\n  2027-02-06 Workday 春节 调休  \r\n';
    expect(parseYearSchedule(text)).toEqual({
      ok: true,
      year: 2027,
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-06', kind: 'workday', name: '春节 调休' },
      ],
    });
  });

  it('feeds a calendar: an entered 2027 schedule plus scheduledYears removes the 2027 warning', () => {
    const result = parseYearSchedule('2027-01-01 休 元旦\n2027-10-01..2027-10-07 休 国庆节');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const calendar = createWorkingCalendar({ entries: result.days, scheduledYears: [result.year] });
    // 2026-12-29, 30, 31, [2027-01-01 holiday, weekend], 2027-01-04.
    expect(calendar.addWorkingDays('2026-12-28', 4)).toEqual({ value: '2027-01-04', warnings: [] });
  });

  it('reports every bad line with its number, in Chinese and English', () => {
    const text = [
      '2027-01-01 holiday 元旦', // 1: fine, fixes the year
      '2027-02-30 休 春节', // 2: no such date
      '2027-02-06 上班 春节调休', // 3: unknown kind
      '2027-02-08 班 春节调休', // 4: a Monday cannot be a make-up workday
      '2028-01-01 休 元旦', // 5: another year
      '2027-01-01 休 元旦', // 6: repeated
      '2027-10-07..2027-10-01 休 国庆节', // 7: reversed range
      '2027-05-01 休', // 8: no name
      '2027-05-02 constructor 劳动节', // 9: unknown kind, not Object.prototype's
      '2026-12-31..2027-01-02 休 元旦', // 10: crosses the year
    ].join('\n');
    const result = parseYearSchedule(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const error of result.errors) {
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.messageEn).toMatch(/^[\x20-\x7e\u4e00-\u9fff]+$/);
    }
    expect(result.errors[0]?.messageEn).toContain('2027-02-30');
    expect(result.errors[2]?.messageEn).toContain('2027-02-08 is a weekday');
    expect(result.errors[4]?.messageEn).toContain('already on line 1');
  });

  it('reports a range overlapping an earlier one once, naming each repeated date', () => {
    const result = parseYearSchedule('2027-10-01..2027-10-07 休 国庆节\n2027-10-06..2027-10-08 休 国庆节');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message: '日期重复：2027-10-06已在第1行，2027-10-07已在第1行',
          messageEn: 'Repeated dates: 2027-10-06 already on line 1, 2027-10-07 already on line 1',
        },
      ],
    });
  });

  it('rejects an empty paste and a 2027 schedule without any holiday (line 0)', () => {
    expect(parseYearSchedule('\n# nothing yet\n')).toMatchObject({ ok: false, errors: [{ line: 0 }] });
    expect(parseYearSchedule('2027-02-06 班 春节调休')).toMatchObject({ ok: false, errors: [{ line: 0 }] });
  });
});
