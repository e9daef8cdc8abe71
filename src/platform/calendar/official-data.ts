import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { toDayNumber } from './iso-date.ts';

/**
 * The State Council schedules shipped by `chinese-days`. We read its JSON rather than call its
 * functions because those silently treat a year without data as plain weeks; we need to know
 * which years are covered to warn about the rest.
 */
export interface OfficialDay {
  kind: 'holiday' | 'workday';
  /** Chinese festival name, e.g. 国庆节. */
  name: string;
}

// Values look like "National Day,国庆节,3" (English, Chinese, statutory days of the festival).
const chineseName = (value: string): string => value.split(',')[1]?.trim() || value;

function load(): { days: Map<number, OfficialDay>; years: number[] } {
  const days = new Map<number, OfficialDay>();
  const years = new Set<number>();
  const holidays: Record<string, string> = data.holidays;
  const workdays: Record<string, string> = data.workdays;
  for (const [date, value] of Object.entries(holidays)) {
    days.set(toDayNumber(date), { kind: 'holiday', name: chineseName(value) });
    // A year counts as covered only through its holidays: make-up workdays alone would not show
    // that the year's schedule was published.
    years.add(Number(date.slice(0, 4)));
  }
  for (const [date, value] of Object.entries(workdays)) {
    const day = toDayNumber(date);
    if (days.has(day)) throw new Error(`chinese-days lists ${date} as both holiday and workday`);
    days.set(day, { kind: 'workday', name: chineseName(value) });
  }
  return { days, years: [...years].sort((a, b) => a - b) };
}

const official = load();
const officialYearSet = new Set(official.years);

export function officialDay(day: number): OfficialDay | undefined {
  return official.days.get(day);
}

export function hasPackageData(year: number): boolean {
  return officialYearSet.has(year);
}

/** Years for which `chinese-days` has the official schedule, ascending. */
export function officialYears(): number[] {
  return [...official.years];
}
