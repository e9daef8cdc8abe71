/**
 * Working days (工作日) in the official Chinese calendar: weekends and statutory holidays are off,
 * make-up days (调休) are on. Deadlines of the 告知承诺制 count in these days, so a wrong answer is a
 * wrong legal deadline: where the official schedule of a year is unknown the result says so.
 */
import { FIRST_DAY, type IsoDate, isWeekend, LAST_DAY, toDayNumber, toIsoDate, yearOf } from './iso-date.ts';
import { hasPackageData, officialDay } from './official-data.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

export type { IsoDate } from './iso-date.ts';
export { officialYears } from './official-data.ts';

/**
 * An admin entry; it wins over `chinese-days` for its date. A single-date override also wins over
 * the year schedule an admin entered, and clearing it brings the schedule's day back.
 */
export interface CalendarDay {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name: string;
  /** Default 'override'. */
  source?: 'override' | 'year-schedule';
}

export type DayReason =
  | 'weekday'
  | 'weekend'
  | 'holiday'
  /** A statutory holiday of a year whose official schedule is not known yet (provisional). */
  | 'statutory-holiday'
  | 'make-up-workday'
  | 'override-holiday'
  | 'override-workday';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  reason: DayReason;
  name?: string;
  /** Whether the official schedule of the date's year is known (package data or admin-entered). */
  official: boolean;
}

export type CalendarWarning = {
  code: 'NO_OFFICIAL_SCHEDULE';
  year: number;
  message: string;
  messageEn: string;
};

export type CalendarResult<T> = { value: T; warnings: CalendarWarning[] };

export interface WorkingCalendarOptions {
  entries?: readonly CalendarDay[];
  scheduledYears?: readonly number[];
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** n > 0: the n-th working day after `start`; n < 0: the |n|-th before; n = 0: `start` or the next working day. */
  addWorkingDays(start: IsoDate, n: number): CalendarResult<IsoDate>;
  /** Working days in (from, to]; for to < from, minus those in (to, from]. */
  workingDaysBetween(from: IsoDate, to: IsoDate): CalendarResult<number>;
  nextWorkingDayOnOrAfter(date: IsoDate): CalendarResult<IsoDate>;
  yearsWithoutOfficialData(fromYear: number, toYear: number): number[];
}

/** About ten years: no real deadline is that far off, so scanning further means bad input or data. */
export const MAX_SCAN_DAYS = 3660;

export function noScheduleWarning(year: number): CalendarWarning {
  return {
    code: 'NO_OFFICIAL_SCHEDULE',
    year,
    message: `${year}年的放假安排尚未公布：已按《全国年节及纪念日放假办法》计入法定节假日，调休未知，结果为暂定，安排公布后自动重算`,
    messageEn: `The official holiday schedule for ${year} is not published yet: the statutory holidays are counted, make-up working days are unknown; the result is provisional and is recomputed once the schedule is entered`,
  };
}

const isYear = (year: number): boolean => Number.isInteger(year) && year >= 1 && year <= 9999;

export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const entries = new Map<number, CalendarDay>();
  for (const entry of options.entries ?? []) {
    if (entry.kind !== 'holiday' && entry.kind !== 'workday') {
      throw new RangeError(`calendar entry ${entry.date} has unknown kind ${String(entry.kind)}`);
    }
    const day = toDayNumber(entry.date);
    const earlier = entries.get(day);
    const source = entry.source ?? 'override';
    if (earlier && (earlier.source ?? 'override') !== source) {
      if (source === 'override') entries.set(day, entry);
      continue;
    }
    // Two different answers for one date would make the result depend on the order of the rows.
    if (earlier && (earlier.kind !== entry.kind || earlier.name !== entry.name)) {
      throw new RangeError(`conflicting calendar entries for ${entry.date}`);
    }
    entries.set(day, entry);
  }
  const scheduledYears = new Set<number>();
  for (const year of options.scheduledYears ?? []) {
    if (!isYear(year)) throw new RangeError(`not a year: ${year}`);
    scheduledYears.add(year);
  }

  const isOfficialYear = (year: number): boolean => hasPackageData(year) || scheduledYears.has(year);

  const statutoryByYear = new Map<number, Map<number, string>>();
  /** A year without its schedule still has the days off the law fixes. */
  const provisionalHolidays = (year: number) => {
    let days = statutoryByYear.get(year);
    if (!days) {
      days = new Map(statutoryHolidays(year).map((h) => [toDayNumber(h.date), h.name]));
      statutoryByYear.set(year, days);
    }
    return days;
  };

  const classify = (day: number): Omit<DayInfo, 'date' | 'official'> => {
    const entry = entries.get(day);
    if (entry?.source === 'year-schedule') {
      return entry.kind === 'holiday'
        ? { working: false, reason: 'holiday', name: entry.name }
        : { working: true, reason: 'make-up-workday', name: entry.name };
    }
    if (entry) {
      return entry.kind === 'holiday'
        ? { working: false, reason: 'override-holiday', name: entry.name }
        : { working: true, reason: 'override-workday', name: entry.name };
    }
    const packaged = officialDay(day);
    if (packaged) {
      return packaged.kind === 'holiday'
        ? { working: false, reason: 'holiday', name: packaged.name }
        : { working: true, reason: 'make-up-workday', name: packaged.name };
    }
    const year = yearOf(day);
    const statutory = isOfficialYear(year) ? undefined : provisionalHolidays(year).get(day);
    if (statutory) return { working: false, reason: 'statutory-holiday', name: statutory };
    return isWeekend(day) ? { working: false, reason: 'weekend' } : { working: true, reason: 'weekday' };
  };

  const working = (day: number): boolean => classify(day).working;

  const unscheduledYears = (fromYear: number, toYear: number): number[] => {
    const years: number[] = [];
    for (let year = fromYear; year <= toYear; year++) if (!isOfficialYear(year)) years.push(year);
    return years;
  };

  /** Every date from `a` to `b` (either order) was looked at, so each unscheduled year among them taints the result. */
  const result = <T>(value: T, a: number, b: number): CalendarResult<T> => ({
    value,
    warnings: unscheduledYears(yearOf(Math.min(a, b)), yearOf(Math.max(a, b))).map(noScheduleWarning),
  });

  /** The first day from `from` on, stepping by `direction`, for which `stop` holds. */
  const scan = (from: number, direction: 1 | -1, stop: (day: number) => boolean): number => {
    let day = from;
    for (let scanned = 0; ; scanned++) {
      if (scanned > MAX_SCAN_DAYS) {
        throw new RangeError(`no answer within ${MAX_SCAN_DAYS} days of ${toIsoDate(from)}`);
      }
      if (day < FIRST_DAY || day > LAST_DAY) throw new RangeError('date outside 0001-01-01..9999-12-31');
      if (stop(day)) return day;
      day += direction;
    }
  };

  const addWorkingDays = (start: IsoDate, n: number): CalendarResult<IsoDate> => {
    const first = toDayNumber(start);
    if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of working days: ${n}`);
    let last: number;
    if (n === 0) {
      last = scan(first, 1, working);
    } else {
      const direction = n > 0 ? 1 : -1;
      let remaining = Math.abs(n);
      last = scan(first + direction, direction, (day) => working(day) && --remaining === 0);
    }
    return result(toIsoDate(last), first, last);
  };

  const workingDaysBetween = (from: IsoDate, to: IsoDate): CalendarResult<number> => {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (Math.abs(b - a) > MAX_SCAN_DAYS) {
      throw new RangeError(`${from} and ${to} are more than ${MAX_SCAN_DAYS} days apart`);
    }
    let count = 0;
    for (let day = Math.min(a, b) + 1; day <= Math.max(a, b); day++) if (working(day)) count++;
    return result(b >= a ? count : -count, a, b);
  };

  return {
    isWorkingDay: (date) => working(toDayNumber(date)),
    dayInfo: (date) => {
      const day = toDayNumber(date);
      return { date: toIsoDate(day), ...classify(day), official: isOfficialYear(yearOf(day)) };
    },
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDayOnOrAfter: (date) => addWorkingDays(date, 0),
    yearsWithoutOfficialData: (fromYear, toYear) => {
      if (!isYear(fromYear) || !isYear(toYear))
        throw new RangeError(`not a year range: ${fromYear}..${toYear}`);
      return unscheduledYears(fromYear, toYear);
    },
  };
}
