import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../platform/calendar/index.ts';
import { reminderDue, reminderText } from './reminder-policy.ts';

const calendar = createWorkingCalendar();

describe('GOV-4 reminders before, on and after a deadline, in working days', () => {
  it('says nothing while the deadline is further off than the lead time', () => {
    expect(reminderDue('2026-10-13', '2026-09-28', 3, calendar)).toBeNull();
  });

  it('reminds within the lead time counting working days across National Day', () => {
    // 2026-09-30 → 10-08, 10-09, 10-10 (make-up Saturday): three working days.
    expect(reminderDue('2026-10-10', '2026-09-30', 3, calendar)).toMatchObject({
      kind: 'due-soon',
      workingDays: 3,
    });
  });

  it('reminds on the day and escalates after it', () => {
    expect(reminderDue('2026-10-13', '2026-10-13', 3, calendar)).toMatchObject({ kind: 'due-today' });
    expect(reminderDue('2026-09-30', '2026-10-09', 3, calendar)).toMatchObject({
      kind: 'overdue',
      workingDays: 2,
    });
  });

  it('carries the calendar warning when the count reaches a year without official data', () => {
    const due = reminderDue('2027-01-04', '2026-12-30', 5, calendar);
    expect(due?.warnings.map((w) => w.year)).toEqual([2027]);
  });

  it('writes reminders in Chinese and English', () => {
    const text = reminderText(
      'overdue',
      { title: '清单备案', titleEn: 'List filing', dueDate: '2026-10-09' },
      2,
    );
    expect(text.title).toBe('【已逾期】清单备案');
    expect(text.bodyEn).toContain('2 working day(s) late');
  });
});
