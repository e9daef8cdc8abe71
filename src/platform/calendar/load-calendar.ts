import type { AppDb } from '../db/database.ts';
import { calendarDays, calendarYears } from './schema.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-days.ts';

/**
 * The calendar with the admin's entries, read afresh for each computation: the table is small, and
 * reading it keeps every instance in agreement without messaging.
 */
export async function loadWorkingCalendar(db: AppDb): Promise<WorkingCalendar> {
  const [entries, years] = await Promise.all([
    db
      .select({
        date: calendarDays.date,
        kind: calendarDays.kind,
        name: calendarDays.name,
        source: calendarDays.source,
      })
      .from(calendarDays),
    db.select({ year: calendarYears.year }).from(calendarYears),
  ]);
  return createWorkingCalendar({ entries, scheduledYears: years.map((y) => y.year) });
}
