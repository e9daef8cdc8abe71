/**
 * Reads the holiday schedule of one year as an admin pastes it after the State Council publishes it
 * (usually in November for the next year, long before `chinese-days` ships it). One line per day or
 * range:
 *
 *   2027-01-01 holiday 元旦
 *   2027-10-01..2027-10-07 休 国庆节
 *   2027-02-07 班 春节调休
 *
 * Blank lines and lines starting with # are ignored. Every bad line is reported at once so the admin
 * can fix the paste in one go.
 */
import { isWeekend, toIsoDate, tryDayNumber, yearOf } from './iso-date.ts';
import type { CalendarDay } from './working-days.ts';

export interface ScheduleError {
  /** 1-based line of the pasted text; 0 when the text as a whole is at fault. */
  line: number;
  message: string;
  messageEn: string;
}

export type YearScheduleResult =
  | { ok: true; year: number; days: CalendarDay[] }
  | { ok: false; errors: ScheduleError[] };

// A Map, not an object literal: a line saying "constructor" must not find Object.prototype's.
const KINDS = new Map<string, CalendarDay['kind']>([
  ['holiday', 'holiday'],
  ['workday', 'workday'],
  ['休', 'holiday'],
  ['班', 'workday'],
]);

interface ParsedLine {
  line: number;
  first: number;
  last: number;
  kind: CalendarDay['kind'];
  name: string;
}

type Problem = { message: string; messageEn: string };

function parseLine(text: string): ParsedLine | Problem {
  // Full-width spaces are common in text copied from Chinese documents.
  const [dates = '', kindText = '', ...nameParts] = text.split(/[\s\u3000]+/);
  const [firstText = '', lastText = firstText, ...extra] = dates.split('..');
  const first = tryDayNumber(firstText);
  const last = tryDayNumber(lastText);
  if (extra.length > 0 || first === undefined || last === undefined) {
    return {
      message: `日期“${dates}”无效，应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD`,
      messageEn: `Invalid date "${dates}"; expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD`,
    };
  }
  if (last < first) {
    return {
      message: `日期范围“${dates}”的结束早于开始`,
      messageEn: `Date range "${dates}" ends before it starts`,
    };
  }
  const kind = KINDS.get(kindText.toLowerCase());
  if (!kind) {
    return {
      message: `类型“${kindText}”无效，应为 holiday/休 或 workday/班`,
      messageEn: `Invalid kind "${kindText}"; expected holiday/休 or workday/班`,
    };
  }
  const name = nameParts.join(' ');
  if (!name) return { message: '缺少名称（如“国庆节”）', messageEn: 'Name missing (e.g. 国庆节)' };
  return { line: 0, first, last, kind, name };
}

export function parseYearSchedule(text: string): YearScheduleResult {
  const errors: ScheduleError[] = [];
  const fail = (line: number, problem: Problem) => errors.push({ line, ...problem });
  const parsed: ParsedLine[] = [];

  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((raw, index) => {
      const content = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
      if (content === '' || content.startsWith('#')) return;
      const result = parseLine(content);
      if ('message' in result) fail(index + 1, result);
      else parsed.push({ ...result, line: index + 1 });
    });

  // The first well-formed line fixes the year; a paste mixing years is almost surely a mistake.
  const year = parsed[0] === undefined ? undefined : yearOf(parsed[0].first);
  const seen = new Map<number, number>();
  const days: CalendarDay[] = [];
  for (const { line, first, last, kind, name } of parsed) {
    if (yearOf(first) !== year || yearOf(last) !== year) {
      fail(line, {
        message: `日期不在${year}年内，一次只能录入一年的安排`,
        messageEn: `Date outside ${year}; enter the schedule of one year at a time`,
      });
      continue;
    }
    // Collected per line so an overlapping range yields one message, not one per date.
    const repeated: { date: string; earlier: number }[] = [];
    const weekdays: string[] = [];
    for (let day = first; day <= last; day++) {
      const date = toIsoDate(day);
      const earlier = seen.get(day);
      if (earlier !== undefined) repeated.push({ date, earlier });
      // Official make-up workdays are always weekends; a weekday here is a typo in the date.
      else if (kind === 'workday' && !isWeekend(day)) weekdays.push(date);
      else {
        seen.set(day, line);
        days.push({ date, kind, name });
      }
    }
    if (repeated.length > 0) {
      fail(line, {
        message: `日期重复：${repeated.map((r) => `${r.date}已在第${r.earlier}行`).join('，')}`,
        messageEn: `Repeated dates: ${repeated.map((r) => `${r.date} already on line ${r.earlier}`).join(', ')}`,
      });
    }
    if (weekdays.length > 0) {
      fail(line, {
        message: `${weekdays.join('、')}本是工作日，调休上班日应为周六或周日`,
        messageEn: `${weekdays.join(', ')} ${weekdays.length > 1 ? 'are weekdays' : 'is a weekday'} already; make-up workdays fall on a Saturday or Sunday`,
      });
    }
  }

  if (year !== undefined && errors.length === 0 && !days.some((day) => day.kind === 'holiday')) {
    fail(0, { message: '安排中没有任何放假日', messageEn: 'The schedule has no holidays' });
  }
  if (parsed.length === 0 && errors.length === 0) {
    fail(0, { message: '没有可读取的日期', messageEn: 'No dates found' });
  }
  if (errors.length > 0 || year === undefined) {
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, year, days };
}
