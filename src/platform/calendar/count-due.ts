import type { IsoDate } from './iso-date.ts';
import type { WorkingCalendar } from './working-days.ts';

/**
 * A due date counted in working days, with what it was counted from: a count that crosses a year
 * whose official schedule is not known yet is provisional (SPEC §10 Clocks), and is counted again
 * from the same start once the schedule is entered.
 */
export interface CountedDue {
  dueDate: IsoDate;
  countedFrom: IsoDate;
  workingDays: number;
  provisional: boolean;
}

export function countDue(
  calendar: Pick<WorkingCalendar, 'addWorkingDays'>,
  countedFrom: IsoDate,
  workingDays: number,
): CountedDue {
  const { value, warnings } = calendar.addWorkingDays(countedFrom, workingDays);
  return { dueDate: value, countedFrom, workingDays, provisional: warnings.length > 0 };
}
