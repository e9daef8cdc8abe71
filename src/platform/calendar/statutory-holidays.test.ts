import { describe, expect, it } from 'vitest';
import { toDayNumber } from './iso-date.ts';
import { officialDay, officialYears } from './official-data.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

describe('SPEC §10 Clocks: the statutory holidays of a year without its official schedule', () => {
  it('are the thirteen days of 《全国年节及纪念日放假办法》 (2024), lunar and solar-term days computed', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('fall on days off in every year the State Council has published since the revision', () => {
    const years = officialYears().filter((year) => year >= 2025);
    expect(years.length).toBeGreaterThan(0);
    for (const year of years)
      for (const { date, name } of statutoryHolidays(year))
        expect(officialDay(toDayNumber(date))?.kind, `${date} ${name}`).toBe('holiday');
  });
});
