import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CreditRulebookInput } from '../common/credit-rules.ts';
import type { CreditRecordKind } from '../common/eligibility.ts';
import { jurisdictions, parties, users } from '../organisation/index.ts';
import { encryptedText } from '../platform/crypto/field-encryption.ts';
import { stateCheck } from '../platform/db/state-check.ts';

/**
 * CRED-2: the versions of a district's credit rulebook (categories, punishments, grading). Version 1
 * is the built-in default until the credit officer publishes version 2; versions are never changed.
 */
export const creditRuleVersions = pgTable(
  'credit_rule_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<CreditRulebookInput>().notNull(),
    /** Why this version (the officer's note). */
    reason: text('reason').notNull(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('credit_rule_versions_version').on(t.districtCode, t.version)],
);

export const creditRecordSources = ['verification', 'supervision', 'manual', 'feed', 'migrated'] as const;
export type CreditRecordSource = (typeof creditRecordSources)[number];

/**
 * CRED-1: dishonesty records of a party's integrity file (诚信档案): false commitments and dishonesty
 * found by any authority, each in a category of the rule version it was made under (CRED-2). A record
 * is never deleted: repair (CRED-4) and correction after an objection (CRED-5) mark it.
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
    /** The category's code in `ruleVersion` of the district's rulebook. */
    category: text('category').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    description: text('description').notNull(),
    /** Who recorded it and on what basis (decision number, law). */
    authority: text('authority').notNull(),
    basis: text('basis').notNull(),
    /** 文书编号 of the finding, where another authority's decision is the source. */
    documentNo: text('document_no'),
    source: text('source').$type<CreditRecordSource>().notNull(),
    /** The feed's own id of a pulled record: pulling it again finds it. */
    externalId: text('external_id').unique(),
    commitmentId: uuid('commitment_id'),
    /** Who made the finding (CRED-5: never the one who re-examines it); null for the system or a feed. */
    foundBy: uuid('found_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    repairedAt: timestamp('repaired_at', { withTimezone: true }),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    correctionNote: text('correction_note'),
  },
  (t) => [
    index('credit_records_party').on(t.partyId),
    index('credit_records_district').on(t.districtCode, t.recordedAt),
    stateCheck('credit_records', 'source', creditRecordSources),
  ],
);

export const repairStates = ['under-review', 'granted', 'refused'] as const;
export type RepairState = (typeof repairStates)[number];

/** CRED-4: an application for credit repair (信用修复) of one record, decided within a deadline. */
export const creditRepairs = pgTable(
  'credit_repairs',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecords.id),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    /** What was rectified, in the applicant's words. */
    rectification: text('rectification').notNull(),
    /** Stored documents proving it. */
    evidence: jsonb('evidence').$type<string[]>().notNull(),
    state: text('state').$type<RepairState>().notNull(),
    appliedBy: uuid('applied_by').references(() => users.id),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull(),
    dueOn: text('due_on').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('credit_repairs_queue').on(t.districtCode, t.state),
    // One application under review per record at a time.
    uniqueIndex('credit_repairs_open').on(t.recordId).where(sql`state = 'under-review'`),
    stateCheck('credit_repairs', 'state', repairStates),
  ],
);

export const objectionStates = ['under-review', 'kept', 'corrected'] as const;
export type ObjectionState = (typeof objectionStates)[number];

/**
 * CRED-5: an objection (异议) to a record or to one verification finding. While under review the item
 * shows 异议中 wherever it appears; it is re-examined by someone other than its finder.
 */
export const creditObjections = pgTable(
  'credit_objections',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    /** Exactly one of the two: a record of the file, or a verification task's finding. */
    recordId: uuid('record_id').references(() => creditRecords.id),
    taskId: uuid('task_id'),
    /** What the objection is about, as the applicant saw it. */
    subject: text('subject').notNull(),
    reasons: text('reasons').notNull(),
    evidence: jsonb('evidence').$type<string[]>().notNull(),
    /** Who made the finding objected to: they may not re-examine it. */
    foundBy: uuid('found_by').references(() => users.id),
    state: text('state').$type<ObjectionState>().notNull(),
    filedBy: uuid('filed_by').references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    dueOn: text('due_on').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    answer: text('answer'),
  },
  (t) => [
    index('credit_objections_queue').on(t.districtCode, t.state),
    uniqueIndex('credit_objections_open_record').on(t.recordId).where(sql`state = 'under-review'`),
    uniqueIndex('credit_objections_open_task').on(t.taskId).where(sql`state = 'under-review'`),
    stateCheck('credit_objections', 'state', objectionStates),
  ],
);

export const pushKinds = [
  'commitment',
  'fulfilment',
  'dishonesty-record',
  'repair',
  'correction',
  'objection',
] as const;
export type PushKind = (typeof pushKinds)[number];
export const pushStates = ['pending', 'delivered', 'failed'] as const;
export type PushState = (typeof pushStates)[number];

/**
 * CRED-6: the outbox of pushes to the credit platforms the district configures (ORG-3). A push is
 * written in the transaction of the change it reports, one per platform, and delivered afterwards
 * under its idempotency key, so the receiver holds it exactly once however often it is sent.
 */
export const creditPushes = pgTable(
  'credit_pushes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    /** The platform's name as the district configures it (信用山东 …). */
    platform: text('platform').notNull(),
    kind: text('kind').$type<PushKind>().notNull(),
    /** The record, commitment, repair or objection it reports. */
    subjectId: uuid('subject_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /** The JSON sent, encrypted at rest: it names the party by identifier. */
    payload: encryptedText('payload').notNull(),
    /** What it reports in a line, for the officer's page (no identifier). */
    summary: text('summary').notNull(),
    state: text('state').$type<PushState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** The receiver's receipt (its id and time), once delivered. */
    receipt: jsonb('receipt').$type<{ receiptId: string; receivedAt: string }>(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('credit_pushes_due').on(t.state, t.nextAttemptAt),
    index('credit_pushes_district').on(t.districtCode, t.state, t.createdAt),
    stateCheck('credit_pushes', 'state', pushStates),
  ],
);

/** Where the pull of a district's records from a credit platform's feed stopped (CRED-2). */
export const creditFeedCursors = pgTable(
  'credit_feed_cursors',
  {
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    platform: text('platform').notNull(),
    position: text('position').notNull(),
    pulledAt: timestamp('pulled_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.platform] })],
);
