import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, NO_DATE, shanghaiDay } from './dates.ts';

describe('one date format everywhere (Asia/Shanghai)', () => {
  it.each([
    ['2026-12-07', 'zh', '2026年12月7日'],
    ['2026-12-07', 'en', '7 Dec 2026'],
    // 16:30 UTC is already the next day in Shanghai
    ['2026-12-06T16:30:00.000Z', 'zh', '2026年12月7日'],
    ['2026-01-31T15:59:59.999Z', 'en', '31 Jan 2026'],
  ] as const)('formatDate(%s, %s) is %s', (value, language, expected) => {
    expect(formatDate(value, language)).toBe(expected);
  });

  it.each([
    ['2026-12-07T06:30:00.000Z', 'zh', '2026-12-07 14:30'],
    ['2026-12-07T06:30:00.000Z', 'en', '7 Dec 2026 14:30'],
    ['2026-12-06T16:05:00+00:00', 'zh', '2026-12-07 00:05'],
    // a calendar day has no time of day: it reads as a day
    ['2026-12-07', 'zh', '2026年12月7日'],
  ] as const)('formatDateTime(%s, %s) is %s', (value, language, expected) => {
    expect(formatDateTime(value, language)).toBe(expected);
  });

  it('reads a Date as an instant and defaults to Chinese', () => {
    expect(formatDateTime(new Date('2026-09-24T02:00:00Z'))).toBe('2026-09-24 10:00');
    expect(formatDate(new Date('2026-09-24T02:00:00Z'))).toBe('2026年9月24日');
  });

  it('shows a missing date as a dash and leaves what is not a date as written', () => {
    expect(formatDate(null)).toBe(NO_DATE);
    expect(formatDateTime(undefined, 'en')).toBe(NO_DATE);
    expect(formatDate('soon')).toBe('soon');
  });

  it('gives the Shanghai day of an instant for computing', () => {
    expect(shanghaiDay('2026-12-06T16:30:00.000Z')).toBe('2026-12-07');
    expect(shanghaiDay('2026-12-07')).toBe('2026-12-07');
  });
});
