import { formatDate } from '../common/dates.ts';
import type { CalendarWarning, WorkingCalendar } from '../platform/calendar/index.ts';

export type ReminderKind = 'due-soon' | 'due-today' | 'overdue';

export interface ReminderDue {
  kind: ReminderKind;
  /** Working days left (due-soon) or late (overdue); 0 on the day. */
  workingDays: number;
  warnings: CalendarWarning[];
}

/**
 * GOV-4: which reminder an open deadline calls for today — before (within the district's lead time in
 * working days), on the day, or after (escalation). None while it is further off.
 */
export function reminderDue(
  dueDate: string,
  today: string,
  leadWorkingDays: number,
  calendar: WorkingCalendar,
): ReminderDue | null {
  if (today === dueDate) return { kind: 'due-today', workingDays: 0, warnings: [] };
  const between = calendar.workingDaysBetween(today, dueDate);
  if (today > dueDate) return { kind: 'overdue', workingDays: -between.value, warnings: between.warnings };
  if (between.value <= leadWorkingDays)
    return { kind: 'due-soon', workingDays: between.value, warnings: between.warnings };
  return null;
}

export function reminderText(
  kind: ReminderKind,
  deadline: { title: string; titleEn: string; dueDate: string },
  days: number,
) {
  switch (kind) {
    case 'due-soon':
      return {
        title: `【即将到期】${deadline.title}`,
        titleEn: `Due soon: ${deadline.titleEn}`,
        body: `截止日期${formatDate(deadline.dueDate)}，还剩 ${days} 个工作日。`,
        bodyEn: `Due on ${formatDate(deadline.dueDate, 'en')}, ${days} working day(s) left.`,
      };
    case 'due-today':
      return {
        title: `【今日到期】${deadline.title}`,
        titleEn: `Due today: ${deadline.titleEn}`,
        body: `截止日期为今天（${formatDate(deadline.dueDate)}），请在今日下班前办结。`,
        bodyEn: `Due today (${formatDate(deadline.dueDate, 'en')}); finish it before the end of the working day.`,
      };
    case 'overdue':
      return {
        title: `【已逾期】${deadline.title}`,
        titleEn: `Overdue: ${deadline.titleEn}`,
        body: `截止日期${formatDate(deadline.dueDate)}，已逾期 ${days} 个工作日，已同时抄送区司法局督办。`,
        bodyEn: `Was due on ${formatDate(deadline.dueDate, 'en')}, now ${days} working day(s) late; the district justice bureau has been told.`,
      };
  }
}
