import { date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Admin-entered calendar days: overrides of single dates and official schedules of later years. */
export const calendarDays = pgTable('calendar_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull(),
  source: text('source', { enum: ['override', 'year-schedule'] }).notNull(),
  enteredBy: text('entered_by').notNull(),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
});

/** Years whose official holiday schedule an admin has entered (after the State Council publishes it). */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  note: text('note').notNull(),
  enteredBy: text('entered_by').notNull(),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
});
