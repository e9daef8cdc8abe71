import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Admin-entered calendar days: overrides of single dates and official schedules of later years. A
 * date may have both; the override wins, and clearing it brings the schedule's day back.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    name: text('name').notNull(),
    source: text('source', { enum: ['override', 'year-schedule'] }).notNull(),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.source] })],
);

/** Years whose official holiday schedule an admin has entered (after the State Council publishes it). */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  note: text('note').notNull(),
  enteredBy: text('entered_by').notNull(),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
});
