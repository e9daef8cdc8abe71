import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notificationTopics } from '../common/notification-topics.ts';
import { agencies, jurisdictions, users } from '../organisation/index.ts';
import { stateCheck } from '../platform/db/state-check.ts';

export const deadlineStates = ['open', 'done', 'cancelled'] as const;

/**
 * GOV-4: every deadline of the platform (filing, publication, verification, assistance …), registered
 * by the capability that owns it under a stable key, so moving a deadline replaces it.
 */
export const deadlines = pgTable(
  'deadlines',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    key: text('key').notNull().unique(),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** What a due date in working days was counted from, so it can be counted again (SPEC §10 Clocks). */
    countedFrom: date('counted_from', { mode: 'string' }),
    workingDays: integer('working_days'),
    /** Counted across a year whose official schedule was not known: recounted once it is entered. */
    provisional: boolean('provisional').notNull().default(false),
    /** Who must act: users of this role at this jurisdiction (and agency, if set). */
    responsibleJurisdictionCode: text('responsible_jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    responsibleAgencyId: uuid('responsible_agency_id').references(() => agencies.id),
    responsibleRole: text('responsible_role').notNull(),
    link: text('link'),
    state: text('state', { enum: deadlineStates }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('deadlines_open_due').on(t.state, t.dueDate),
    stateCheck('deadlines', 'state', deadlineStates),
  ],
);

/** Inbox (站内消息) of each user; `dedupeKey` makes reminders of one day appear once. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind', { enum: ['reminder', 'overdue', 'info'] }).notNull(),
    /** What the message is about (申请, 受理, 补正, 决定 … 期限提醒, 逾期): its tag and filter in the inbox. */
    topic: text('topic', { enum: notificationTopics }).notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    body: text('body').notNull(),
    bodyEn: text('body_en').notNull(),
    link: text('link'),
    deadlineId: uuid('deadline_id').references(() => deadlines.id),
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Order of writing: two messages of one instant (accepted, then decided) still read in order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
  },
  (t) => [
    index('notifications_user_seq').on(t.userId, t.seq),
    stateCheck('notifications', 'topic', notificationTopics),
  ],
);
