import { countWarnings } from '../inbox/index.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import { shanghaiDate } from '../platform/time.ts';
import type { CaseRow } from './case-store.ts';

type Clocked = Pick<CaseRow, 'state' | 'submittedAt' | 'acceptDueDate' | 'acceptedAt' | 'decisionDueDate'>;

/** The clock a case runs on now: to accept (submitted) or to decide (accepted), with its start. */
export function runningClock(c: Clocked): { from: string; due: string } | null {
  if (c.state === 'submitted' && c.submittedAt && c.acceptDueDate)
    return { from: shanghaiDate(c.submittedAt), due: c.acceptDueDate };
  if (c.state === 'accepted' && c.acceptedAt && c.decisionDueDate)
    return { from: shanghaiDate(c.acceptedAt), due: c.decisionDueDate };
  return null;
}

/** Why the running clock's due date is provisional (SPEC §10 Clocks), or nothing. */
export function caseDueWarnings(calendar: Pick<WorkingCalendar, 'yearsWithoutOfficialData'>, c: Clocked) {
  const clock = runningClock(c);
  return clock ? countWarnings(calendar, clock.from, clock.due) : [];
}
