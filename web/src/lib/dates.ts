import { formatDate, formatDateTime, shanghaiDay } from '@common/dates.ts';
import { usePreferences } from './preferences.tsx';

// Every date a page shows goes through here (dates.test.ts fails on any other way of formatting one):
// a day as 2026年12月7日, an instant as 2026-12-07 14:30, in Asia/Shanghai time (src/common/dates.ts).
export { formatDate, formatDateTime };

/** Today in Shanghai as 'YYYY-MM-DD', for comparing with due dates and filling date pickers. */
export const shanghaiToday = () => shanghaiDay(new Date());

/** The formatters bound to the reader's language: `date(d)`, `dateTime(iso)`. */
export function useDates() {
  const { language } = usePreferences();
  return {
    date: (value: string | Date | null | undefined) => formatDate(value, language),
    dateTime: (value: string | Date | null | undefined) => formatDateTime(value, language),
  };
}
