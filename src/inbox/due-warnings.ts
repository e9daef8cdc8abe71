import { type CalendarWarning, noScheduleWarning, type WorkingCalendar } from '../platform/calendar/index.ts';
import type { deadlines } from './schema.ts';

/**
 * Why a stored due date is provisional (SPEC §10 Clocks): the years it was counted across whose
 * official schedule is still unknown. Screens show it beside the date (⚠ with the reason).
 */
/** The same for a due date counted from `from`, read against the calendar as it is now. */
export const countWarnings = (
  calendar: Pick<WorkingCalendar, 'yearsWithoutOfficialData'>,
  from: string,
  due: string,
): CalendarWarning[] =>
  calendar.yearsWithoutOfficialData(Number(from.slice(0, 4)), Number(due.slice(0, 4))).map(noScheduleWarning);

export function dueWarnings(
  calendar: Pick<WorkingCalendar, 'yearsWithoutOfficialData'>,
  deadline: Pick<typeof deadlines.$inferSelect, 'provisional' | 'countedFrom' | 'dueDate'> | undefined,
): CalendarWarning[] {
  if (!deadline?.provisional) return [];
  return countWarnings(calendar, deadline.countedFrom ?? deadline.dueDate, deadline.dueDate);
}
