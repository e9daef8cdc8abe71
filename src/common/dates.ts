/**
 * The one way the platform writes dates for people, on pages, in messages and in documents:
 * a day as 2026年12月7日 (English: 7 Dec 2026), an instant as 2026-12-07 14:30 (English:
 * 7 Dec 2026 14:30), always in Asia/Shanghai time. A calendar day ('YYYY-MM-DD': a deadline, a
 * decision date) is a day already and is never shifted; an instant (an ISO time or a Date) is read
 * in Shanghai, whatever the reader's own time zone.
 */
export type DateLanguage = 'zh' | 'en';

type When = string | Date | null | undefined;

/** What stands for a date that is not there (not yet decided, never read …). */
export const NO_DATE = '—';

/** China keeps UTC+8 all year (no daylight saving), so Shanghai time is a fixed shift. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
  year: number;
  month: number;
  day: number;
  /** 'HH:MM' in Shanghai; null for a calendar day. */
  time: string | null;
}

function partsOf(value: string | Date): Parts | null {
  const day = typeof value === 'string' ? CALENDAR_DAY.exec(value) : null;
  if (day) return { year: +day[1]!, month: +day[2]!, day: +day[3]!, time: null };
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return null;
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return {
    year: +shifted.slice(0, 4),
    month: +shifted.slice(5, 7),
    day: +shifted.slice(8, 10),
    time: shifted.slice(11, 16),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

const dayText = (p: Parts, language: DateLanguage) =>
  language === 'zh' ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;

/** A day: 2026年12月7日 / 7 Dec 2026. An instant gives its Shanghai day. */
export function formatDate(value: When, language: DateLanguage = 'zh'): string {
  if (value === null || value === undefined || value === '') return NO_DATE;
  const p = partsOf(value);
  return p ? dayText(p, language) : String(value);
}

/** An instant: 2026-12-07 14:30 / 7 Dec 2026 14:30 (Shanghai). A calendar day reads as a day. */
export function formatDateTime(value: When, language: DateLanguage = 'zh'): string {
  if (value === null || value === undefined || value === '') return NO_DATE;
  const p = partsOf(value);
  if (!p) return String(value);
  if (p.time === null) return dayText(p, language);
  return language === 'zh'
    ? `${p.year}-${two(p.month)}-${two(p.day)} ${p.time}`
    : `${dayText(p, language)} ${p.time}`;
}

/**
 * The Shanghai calendar day of an instant as 'YYYY-MM-DD', for comparing and computing (today,
 * a date picker's value), never for showing.
 */
export function shanghaiDay(value: string | Date = new Date()): string {
  const p = partsOf(value);
  if (!p) return String(value);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}
