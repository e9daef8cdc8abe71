import { type CalendarWarning, noScheduleWarning, type WorkingCalendar } from '../platform/calendar/index.ts';
import type { deadlines } from './schema.ts';

/**
 * Why a stored due date is provisional (SPEC §10 Clocks): the years it was counted across whose
 * official schedule is still unknown. Screens show it beside the date (⚠ with the reason).
 */
export function dueWarnings(
  calendar: Pick<WorkingCalendar, 'yearsWithoutOfficialData'>,
  deadline: Pick<typeof deadlines.$inferSelect, 'provisional' | 'countedFrom' | 'dueDate'> | undefined,
): CalendarWarning[] {
  if (!deadline?.provisional) return [];
  const from = Number((deadline.countedFrom ?? deadline.dueDate).slice(0, 4));
  return calendar.yearsWithoutOfficialData(from, Number(deadline.dueDate.slice(0, 4))).map(noScheduleWarning);
}
