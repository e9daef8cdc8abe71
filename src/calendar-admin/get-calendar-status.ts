import { asc } from 'drizzle-orm';
import { officialYears } from '../platform/calendar/index.ts';
import { calendarDays, calendarYears } from '../platform/calendar/schema.ts';
import type { AppDb } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';

/**
 * Which years the calendar knows officially (from `chinese-days` or entered by an admin) and which
 * upcoming years still need their schedule: deadlines reaching those are computed from weekends only.
 */
export async function getCalendarStatus(db: AppDb, now: Date) {
  const [entries, scheduled] = await Promise.all([
    db.select().from(calendarDays).orderBy(asc(calendarDays.date)),
    db.select().from(calendarYears).orderBy(asc(calendarYears.year)),
  ]);
  const packageYears = officialYears();
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const known = new Set([...packageYears, ...scheduled.map((s) => s.year)]);
  const yearsNeedingSchedule = [thisYear, thisYear + 1].filter((year) => !known.has(year));
  return {
    packageYears: { from: Math.min(...packageYears), to: Math.max(...packageYears) },
    scheduledYears: scheduled,
    yearsNeedingSchedule,
    entries,
  };
}
