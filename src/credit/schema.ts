import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CreditRecordKind, CreditSeverity } from '../common/eligibility.ts';
import { jurisdictions, parties } from '../organisation/index.ts';

/**
 * CRED-1: dishonesty records of a party's integrity file (诚信档案): false commitments and serious
 * dishonesty found by any authority. A repaired record stays, marked with its repair (CRED-4).
 */
export const creditRecords = pgTable(
  'credit_records',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind').$type<CreditRecordKind>().notNull(),
    severity: text('severity').$type<CreditSeverity>().notNull(),
    description: text('description').notNull(),
    /** Who recorded it and on what basis (decision number, law). */
    authority: text('authority').notNull(),
    basis: text('basis').notNull(),
    commitmentId: uuid('commitment_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    repairedAt: timestamp('repaired_at', { withTimezone: true }),
  },
  (t) => [index('credit_records_party').on(t.partyId)],
);
