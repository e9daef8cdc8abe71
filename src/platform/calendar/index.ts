export { type CountedDue, countDue } from './count-due.ts';
export type { IsoDate } from './iso-date.ts';
export {
  type CalendarDay,
  type CalendarResult,
  type CalendarWarning,
  createWorkingCalendar,
  type DayInfo,
  type DayReason,
  MAX_SCAN_DAYS,
  noScheduleWarning,
  officialYears,
  type WorkingCalendar,
  type WorkingCalendarOptions,
} from './working-days.ts';
export { parseYearSchedule, type ScheduleError, type YearScheduleResult } from './year-schedule.ts';
