/**
 * Calendar dates as 'YYYY-MM-DD' strings. Deadlines are legal dates in Asia/Shanghai, not instants,
 * so arithmetic runs on whole days since 1970-01-01 computed in UTC: no host time zone or DST rule
 * can move a date by one.
 */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of 0001-01-01 and 9999-12-31: outside them a date no longer fits the 4-digit format. */
export const FIRST_DAY = -719_162;
export const LAST_DAY = 2_932_896;

/** Days since 1970-01-01, or undefined if `text` is not an existing date in the format. */
export function tryDayNumber(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Rolled over (2026-02-30 becomes 03-02) means the date does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / MS_PER_DAY;
}

export function toDayNumber(date: IsoDate): number {
  const day = typeof date === 'string' ? tryDayNumber(date) : undefined;
  if (day === undefined) throw new RangeError(`not a calendar date in the form YYYY-MM-DD: ${String(date)}`);
  return day;
}

export function toIsoDate(day: number): IsoDate {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) {
    throw new RangeError(`day ${day} is outside 0001-01-01..9999-12-31`);
  }
  const date = new Date(day * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${dayOfMonth}`;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}
