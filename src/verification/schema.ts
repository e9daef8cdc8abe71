import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases, commitments } from '../cases/index.ts';
import type { VerificationClass } from '../lists/index.ts';
import { agencies, jurisdictions } from '../organisation/index.ts';
import { stateCheck } from '../platform/db/state-check.ts';

/** A task is planned at the decision; carrying it out (issue: verification) adds states here. */
export const verificationTaskStates = ['planned'] as const;

/**
 * VER-1: one task per committed proof of an approved case, planned at the decision with the item's
 * method and a due date in working days; exempt items are marked for supervision instead.
 */
export const verificationTasks = pgTable(
  'verification_tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    commitmentId: uuid('commitment_id')
      .notNull()
      .unique()
      .references(() => commitments.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    proofName: text('proof_name').notNull(),
    kind: text('kind', { enum: ['verification', 'supervision'] }).notNull(),
    verification: text('verification').$type<VerificationClass>().notNull(),
    method: text('method').notNull(),
    assistingAgency: text('assisting_agency'),
    dueDate: date('due_date', { mode: 'string' }),
    state: text('state', { enum: verificationTaskStates }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('verification_tasks_queue').on(t.districtCode, t.agencyId, t.state),
    stateCheck('verification_tasks', 'state', verificationTaskStates),
  ],
);
