import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from './iso-date.ts';
import { type CalendarDay, createWorkingCalendar, MAX_SCAN_DAYS, officialYears } from './working-days.ts';

const calendar = createWorkingCalendar();

describe('working-day calendar: 2026 Spring Festival (02-15..23 off, 02-14 and 02-28 make-up)', () => {
  it('marks the festival days off and both make-up Saturdays on', () => {
    for (let day = 15; day <= 23; day++) expect(calendar.isWorkingDay(`2026-02-${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-08')).toBe(false); // ordinary Sunday
  });

  it('counts across the festival: 02-12 + 3 = 02-24, 02-13 + 6 = 02-28, 02-13 + 7 = 03-02', () => {
    // 02-13 Fri, 02-14 Sat (make-up), then nine days off, 02-24 Tue.
    expect(calendar.addWorkingDays('2026-02-12', 3)).toEqual({ value: '2026-02-24', warnings: [] });
    // 02-14, 24, 25, 26, 27, 28 (Sat, make-up).
    expect(calendar.addWorkingDays('2026-02-13', 6).value).toBe('2026-02-28');
    // 03-01 is a Sunday.
    expect(calendar.addWorkingDays('2026-02-13', 7).value).toBe('2026-03-02');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28').value).toBe(6);
  });

  it('describes festival and make-up days with their Chinese names', () => {
    expect(calendar.dayInfo('2026-02-17')).toEqual({
      date: '2026-02-17',
      working: false,
      reason: 'holiday',
      name: '春节',
      official: true,
    });
    expect(calendar.dayInfo('2026-02-14')).toMatchObject({
      working: true,
      reason: 'make-up-workday',
      name: '春节',
    });
    expect(calendar.dayInfo('2026-03-07')).toEqual({
      date: '2026-03-07',
      working: false,
      reason: 'weekend',
      official: true,
    });
    expect(calendar.dayInfo('2026-03-09')).toEqual({
      date: '2026-03-09',
      working: true,
      reason: 'weekday',
      official: true,
    });
  });
});

describe('working-day calendar: 2026 National Day', () => {
  it('puts the 7th working day after 2026-09-28 on 2026-10-13', () => {
    // 09-29, 09-30, [10-01..07 off], 10-08, 10-09, 10-10 (Sat, make-up), [10-11 Sun], 10-12, 10-13.
    expect(calendar.addWorkingDays('2026-09-28', 7)).toEqual({ value: '2026-10-13', warnings: [] });
    expect(calendar.workingDaysBetween('2026-09-28', '2026-10-13')).toEqual({ value: 7, warnings: [] });
  });

  it('has make-up workdays on Sunday 2026-09-20 and Saturday 2026-10-10, but 2026-10-11 off', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    for (let day = 1; day <= 7; day++) expect(calendar.isWorkingDay(`2026-10-0${day}`)).toBe(false);
    // Mid-Autumn 2026 is a separate break, Friday 09-25 to Sunday 09-27.
    expect(calendar.dayInfo('2026-09-25')).toMatchObject({ working: false, reason: 'holiday', name: '中秋' });
  });

  it('finds the next working day on or after a holiday of 2026-10-01', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2026-10-01')).toEqual({ value: '2026-10-08', warnings: [] });
    expect(calendar.nextWorkingDayOnOrAfter('2026-10-10').value).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-10-11', 0).value).toBe('2026-10-12');
  });

  it('counts back for reminders: 3 working days before 2026-10-12 is 2026-10-08', () => {
    expect(calendar.addWorkingDays('2026-10-12', -3).value).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-10-08', -1).value).toBe('2026-09-30');
    expect(calendar.workingDaysBetween('2026-10-12', '2026-10-08').value).toBe(-3);
  });
});

describe('working-day calendar: years without an official schedule', () => {
  it('counts 2027’s statutory holidays before its schedule is published, and warns that the result is provisional', () => {
    // 2027-01-01 (Fri) is 元旦 by law whatever the schedule says; only make-up days are unknown.
    const result = calendar.addWorkingDays('2026-12-25', 7);
    expect(result.value).toBe('2027-01-06');
    expect(result.warnings).toEqual([
      {
        code: 'NO_OFFICIAL_SCHEDULE',
        year: 2027,
        message:
          '2027年的放假安排尚未公布：已按《全国年节及纪念日放假办法》计入法定节假日，调休未知，结果为暂定，安排公布后自动重算',
        messageEn:
          'The official holiday schedule for 2027 is not published yet: the statutory holidays are counted, make-up working days are unknown; the result is provisional and is recomputed once the schedule is entered',
      },
    ]);
    expect(calendar.dayInfo('2027-01-01')).toMatchObject({
      working: false,
      reason: 'statutory-holiday',
      name: '元旦',
      official: false,
    });
    // 春节 from 除夕 (2027-02-05), four days
    expect(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09'].map(calendar.isWorkingDay)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('gives no warning for a count that stays within 2026, even ending on 2026-12-31', () => {
    expect(calendar.addWorkingDays('2026-12-28', 3)).toEqual({ value: '2026-12-31', warnings: [] });
  });

  it('warns once per unscheduled year, in order, for a span from 2026-06-01 into 2028', () => {
    const result = calendar.workingDaysBetween('2028-01-03', '2026-06-01');
    expect(result.warnings.map((warning) => warning.year)).toEqual([2027, 2028]);
    expect(result.value).toBe(-calendar.workingDaysBetween('2026-06-01', '2028-01-03').value);
  });

  it('does not warn for 2027 once an admin entered its schedule (scheduledYears [2027])', () => {
    const scheduled = createWorkingCalendar({
      scheduledYears: [2027],
      entries: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(scheduled.addWorkingDays('2026-12-28', 5)).toEqual({ value: '2027-01-05', warnings: [] });
    expect(scheduled.dayInfo('2027-01-06')).toMatchObject({ reason: 'weekday', official: true });
    expect(scheduled.yearsWithoutOfficialData(2025, 2029)).toEqual([2028, 2029]);
  });

  it('lists the years without data; the package covers 2004–2026 as described', () => {
    expect(officialYears()).toEqual(Array.from({ length: 23 }, (_, index) => 2004 + index));
    expect(calendar.yearsWithoutOfficialData(2002, 2028)).toEqual([2002, 2003, 2027, 2028]);
    expect(calendar.yearsWithoutOfficialData(2027, 2026)).toEqual([]);
    expect(() => calendar.yearsWithoutOfficialData(2026.5, 2027)).toThrow(RangeError);
  });
});

describe('working-day calendar: admin overrides in 2026', () => {
  it('shifts 2026-09-28 + 7 to 2026-10-14 when 2026-10-12 is made a holiday', () => {
    const overridden = createWorkingCalendar({
      entries: [{ date: '2026-10-12', kind: 'holiday', name: '台风停工' }],
    });
    expect(overridden.addWorkingDays('2026-09-28', 7).value).toBe('2026-10-14');
    expect(overridden.dayInfo('2026-10-12')).toEqual({
      date: '2026-10-12',
      working: false,
      reason: 'override-holiday',
      name: '台风停工',
      official: true,
    });
  });

  it('counts Saturday 2026-10-17 when an override makes it a workday', () => {
    expect(calendar.addWorkingDays('2026-10-15', 2).value).toBe('2026-10-19');
    const overridden = createWorkingCalendar({
      entries: [{ date: '2026-10-17', kind: 'workday', name: '补班' }],
    });
    expect(overridden.addWorkingDays('2026-10-15', 2).value).toBe('2026-10-17');
    expect(overridden.dayInfo('2026-10-17')).toMatchObject({ working: true, reason: 'override-workday' });
  });

  it('lets an override win over the package: 2026-10-10 make-up day cancelled', () => {
    const overridden = createWorkingCalendar({
      entries: [{ date: '2026-10-10', kind: 'holiday', name: '取消调休' }],
    });
    expect(overridden.isWorkingDay('2026-10-10')).toBe(false);
    expect(overridden.addWorkingDays('2026-09-28', 7).value).toBe('2026-10-14');
  });

  it('rejects conflicting entries for one date, accepts identical repeats', () => {
    const entry: CalendarDay = { date: '2026-10-12', kind: 'holiday', name: '台风停工' };
    expect(() => createWorkingCalendar({ entries: [entry, { ...entry, kind: 'workday' }] })).toThrow(
      RangeError,
    );
    expect(() => createWorkingCalendar({ entries: [entry, { ...entry }] })).not.toThrow();
    expect(() => createWorkingCalendar({ entries: [{ ...entry, date: '2026-02-30' }] })).toThrow(RangeError);
    expect(() => createWorkingCalendar({ scheduledYears: [2027.5] })).toThrow(RangeError);
  });
});

describe('working-day calendar: input validation and runaway guard', () => {
  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-10-32',
    '2026-1-01',
    '2026-10-01T00:00:00Z',
    ' 2026-10-01',
    '',
    '0000-01-01',
  ])('rejects %j with a RangeError', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(date, 1)).toThrow(RangeError);
  });

  it('accepts 2024-02-29 (leap day) and rejects fractional counts from 2026-10-01', () => {
    expect(calendar.isWorkingDay('2024-02-29')).toBe(true);
    expect(() => calendar.addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-10-01', Number.NaN)).toThrow(RangeError);
  });

  it(`stops after ${MAX_SCAN_DAYS} days instead of looping when every day from 2026-10-01 is a holiday`, () => {
    const start = toDayNumber('2026-10-01');
    const entries: CalendarDay[] = Array.from({ length: MAX_SCAN_DAYS + 2 }, (_, index) => ({
      date: toIsoDate(start + index),
      kind: 'holiday',
      name: '测试',
    }));
    const closed = createWorkingCalendar({ entries });
    expect(() => closed.nextWorkingDayOnOrAfter('2026-10-01')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-10-01', 5000)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2026-10-01', '2037-01-01')).toThrow(RangeError);
  });
});

// chinese-days builds its lookup tables at load time by parsing 'YYYY-MM-DD' as UTC midnight and
// formatting in local time, so on a host west of UTC its own functions are a day early (National
// Day 2026 becomes 09-30..10-06). Its JSON, which we use, is right everywhere; the comparison
// only means something where the functions are right too.
const hostWestOfUtc = new Date(2026, 0, 1).getTimezoneOffset() > 0;

describe('working-day calendar agrees with chinese-days itself for 2004–2026', () => {
  it.skipIf(hostWestOfUtc)('gives the same working/non-working answer for every day', () => {
    const mismatches: string[] = [];
    for (let day = toDayNumber('2004-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const date = toIsoDate(day);
      const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
      const packageAnswer = chineseDays.isWorkday(new Date(year, month - 1, dayOfMonth));
      if (calendar.isWorkingDay(date) !== packageAnswer) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('working-day calendar properties over 2024–2026', () => {
  const startDate = fc
    .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2026-12-31') })
    .map((day) => toIsoDate(day));

  it('workingDaysBetween(start, addWorkingDays(start, n)) === n for n ≥ 1', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = calendar.addWorkingDays(start, n).value;
        expect(calendar.workingDaysBetween(start, end).value).toBe(n);
        expect(calendar.workingDaysBetween(end, start).value).toBe(-n);
      }),
    );
  });

  it('addWorkingDays(start, n ≥ 1) is a working day strictly after start; n = 0 is the next on or after', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 40 }), (start, n) => {
        const end = calendar.addWorkingDays(start, n).value;
        expect(calendar.isWorkingDay(end)).toBe(true);
        if (n >= 1) expect(end > start).toBe(true);
        else {
          expect(end >= start).toBe(true);
          expect(calendar.workingDaysBetween(start, end).value).toBe(calendar.isWorkingDay(start) ? 0 : 1);
        }
      }),
    );
  });

  it('addWorkingDays(addWorkingDays(s, a), b) === addWorkingDays(s, a + b) for a, b ≥ 1', () => {
    fc.assert(
      fc.property(
        startDate,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (start, a, b) => {
          const stepwise = calendar.addWorkingDays(calendar.addWorkingDays(start, a).value, b).value;
          expect(stepwise).toBe(calendar.addWorkingDays(start, a + b).value);
        },
      ),
    );
  });

  it('counting back n from a working day undoes counting forward, and is n working days before it', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const workingStart = calendar.nextWorkingDayOnOrAfter(start).value;
        const before = calendar.addWorkingDays(workingStart, -n).value;
        expect(before < workingStart).toBe(true);
        expect(calendar.isWorkingDay(before)).toBe(true);
        expect(calendar.workingDaysBetween(workingStart, before).value).toBe(-n);
        const after = calendar.addWorkingDays(workingStart, n).value;
        expect(calendar.addWorkingDays(after, -n).value).toBe(workingStart);
      }),
    );
  });

  it('warns exactly when the span reaches 2027', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 40 }), (start, n) => {
        const { value, warnings } = calendar.addWorkingDays(start, n);
        expect(warnings.map((warning) => warning.year)).toEqual(value >= '2027-01-01' ? [2027] : []);
      }),
    );
  });
});

describe('calendar: a single-date override wins over an entered year schedule', () => {
  const schedule = {
    date: '2027-10-01',
    kind: 'holiday' as const,
    name: '国庆节',
    source: 'year-schedule' as const,
  };
  it('reports the schedule day as an official holiday', () => {
    const calendar = createWorkingCalendar({ entries: [schedule], scheduledYears: [2027] });
    expect(calendar.dayInfo('2027-10-01')).toMatchObject({
      working: false,
      reason: 'holiday',
      official: true,
    });
  });
  it('lets the override decide, in whichever order the rows come', () => {
    const override = { date: '2027-10-01', kind: 'workday' as const, name: '更正' };
    for (const entries of [
      [schedule, override],
      [override, schedule],
    ]) {
      expect(createWorkingCalendar({ entries, scheduledYears: [2027] }).dayInfo('2027-10-01')).toMatchObject({
        working: true,
        reason: 'override-workday',
      });
    }
  });
});
