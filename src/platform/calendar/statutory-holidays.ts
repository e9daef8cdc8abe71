// The package is CommonJS: Node gives its functions on the default export only.
import chineseDays from 'chinese-days';
import { toDayNumber, toIsoDate } from './iso-date.ts';

/**
 * The statutory holidays of a year as 《全国年节及纪念日放假办法》 (revised 2024, in force from 2025)
 * fixes them, before the State Council publishes the year's schedule: 元旦 1 day, 春节 4 days from
 * 除夕, 清明 (the solar term) 1, 劳动节 1–2 May, 端午 (5th of the 5th lunar month) 1, 中秋 (15th of the
 * 8th) 1, 国庆 1–3 October. Which weekend days become make-up working days (调休) is only known from
 * the schedule, so a count over these days is provisional.
 */
export interface StatutoryHoliday {
  date: string;
  name: string;
}

/** From the revision's first year to the end of the lunar tables of `chinese-days`. */
const LUNAR_YEARS = { first: 2025, last: 2099 };

const range = (first: string, days: number, name: string): StatutoryHoliday[] =>
  Array.from({ length: days }, (_, i) => ({ date: toIsoDate(toDayNumber(first) + i), name }));

export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) return [];
  const y = String(year);
  const lunar = (monthDay: string) => chineseDays.getSolarDateFromLunar(`${y}-${monthDay}`).date;
  const newYearsEve = toIsoDate(toDayNumber(lunar('01-01')) - 1);
  return [
    ...range(`${y}-01-01`, 1, '元旦'),
    ...range(newYearsEve, 4, '春节'),
    ...range(chineseDays.getSolarTermDate(year, 4, 'pure_brightness'), 1, '清明节'),
    ...range(`${y}-05-01`, 2, '劳动节'),
    ...range(lunar('05-05'), 1, '端午节'),
    ...range(lunar('08-15'), 1, '中秋节'),
    ...range(`${y}-10-01`, 3, '国庆节'),
  ];
}
