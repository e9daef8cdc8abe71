import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases, commitments } from '../cases/index.ts';
import {
  type HandlingActionKind,
  type HandlingStage,
  handlingActionKinds,
} from '../common/false-commitment-rules.ts';
import type { RecordType } from '../common/shared-records.ts';
import {
  type TaskOutcome,
  type TaskState,
  taskOutcomes,
  taskStates,
} from '../common/verification-task-states.ts';
import { creditRecords } from '../credit/index.ts';
import { storedDocuments } from '../documents/index.ts';
import type { VerificationClass } from '../lists/index.ts';
import { agencies, jurisdictions, parties, users } from '../organisation/index.ts';
import { encryptedText } from '../platform/crypto/field-encryption.ts';
import { stateCheck } from '../platform/db/state-check.ts';

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
    standard: text('standard').notNull().default(''),
    assistingAgency: text('assisting_agency'),
    dueDate: date('due_date', { mode: 'string' }),
    state: text('state').$type<TaskState>().notNull(),
    /** VER-6: 属实 / 不实 / 无法核查, once the task is done. */
    outcome: text('outcome').$type<TaskOutcome>(),
    outcomeReason: text('outcome_reason'),
    /** VER-6: what follows a 无法核查 (a second method, assistance, on site). */
    followUp: text('follow_up'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    finishedBy: uuid('finished_by').references(() => users.id),
    /** VER-2: an online check due at this moment (the runner claims it with a lease). */
    runDueAt: timestamp('run_due_at', { withTimezone: true }),
    runLeaseUntil: timestamp('run_lease_until', { withTimezone: true }),
    runAttempts: integer('run_attempts').notNull().default(0),
    lastRunError: text('last_run_error'),
    /** VER-3: the on-site visit the task is checked in. */
    visitId: uuid('visit_id'),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('verification_tasks_queue').on(t.districtCode, t.agencyId, t.state),
    index('verification_tasks_runs').on(t.runDueAt),
    stateCheck('verification_tasks', 'state', taskStates),
    stateCheck('verification_tasks', 'outcome', taskOutcomes),
  ],
);

/**
 * VER-2/3/4: what a task gathered: a signed answer of the data-sharing platform (with the comparison
 * made), an assistance answer, an on-site record. The bytes are a stored document with its SM3.
 */
export const verificationEvidence = pgTable(
  'verification_evidence',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    taskId: uuid('task_id')
      .notNull()
      .references(() => verificationTasks.id),
    kind: text('kind', {
      enum: ['shared-data', 'assistance-answer', 'on-site-record', 'attachment', 'correction'],
    }).notNull(),
    summary: text('summary').notNull(),
    /** The comparison the platform made of a shared-data answer (VER-2), for the verifier. */
    comparison: jsonb('comparison'),
    documentId: uuid('document_id').references(() => storedDocuments.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('verification_evidence_task').on(t.taskId)],
);

/**
 * VER-4: an assistance request (行政协助) to another agency, possibly of another district served here
 * (跨区域协查). It carries only what the assisting agency needs: the matter, the fact to confirm and
 * the subject's name and masked identifier.
 */
export const assistanceRequests = pgTable(
  'assistance_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    taskId: uuid('task_id')
      .notNull()
      .references(() => verificationTasks.id),
    requestingDistrictCode: text('requesting_district_code')
      .notNull()
      .references(() => jurisdictions.code),
    requestingAgencyId: uuid('requesting_agency_id')
      .notNull()
      .references(() => agencies.id),
    assistingDistrictCode: text('assisting_district_code')
      .notNull()
      .references(() => jurisdictions.code),
    assistingAgencyId: uuid('assisting_agency_id')
      .notNull()
      .references(() => agencies.id),
    matterName: text('matter_name').notNull(),
    proofName: text('proof_name').notNull(),
    question: text('question').notNull(),
    subjectName: text('subject_name').notNull(),
    subjectIdentifierMasked: text('subject_identifier_masked').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    state: text('state', { enum: ['open', 'answered', 'withdrawn'] }).notNull(),
    answerOutcome: text('answer_outcome').$type<TaskOutcome>(),
    answer: text('answer'),
    answerDocumentIds: jsonb('answer_document_ids').$type<string[]>().notNull().default([]),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('assistance_requests_queue').on(t.assistingAgencyId, t.state),
    index('assistance_requests_task').on(t.taskId),
    stateCheck('assistance_requests', 'state', ['open', 'answered', 'withdrawn']),
  ],
);

export interface Inspector {
  name: string;
  /** 执法证号 */
  certificateNo: string;
}

/** VER-3: an on-site visit checking one or more tasks of the same company or address at once. */
export const onSiteVisits = pgTable(
  'on_site_visits',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    scheduledOn: date('scheduled_on', { mode: 'string' }).notNull(),
    address: text('address').notNull(),
    inspectors: jsonb('inspectors').$type<Inspector[]>().notNull(),
    state: text('state', { enum: ['scheduled', 'recorded'] }).notNull(),
    findings: text('findings'),
    documentIds: jsonb('document_ids').$type<string[]>().notNull().default([]),
    scheduledBy: uuid('scheduled_by').references(() => users.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('on_site_visits_agency').on(t.agencyId, t.scheduledOn),
    stateCheck('on_site_visits', 'state', ['scheduled', 'recorded']),
  ],
);

/** VER-7: a good-faith discrepancy the applicant is asked to correct by a date, with no credit consequence. */
export const regularisations = pgTable(
  'regularisations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    taskId: uuid('task_id')
      .notNull()
      .references(() => verificationTasks.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    request: text('request').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    state: text('state', { enum: ['open', 'corrected', 'lapsed'] }).notNull(),
    correction: text('correction'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('regularisations_one_open').on(t.taskId).where(sql`state = 'open'`),
    stateCheck('regularisations', 'state', ['open', 'corrected', 'lapsed']),
  ],
);

/**
 * SUP-3: the handling of a false commitment, opened by a finding of falsity; it offers the actions
 * its stage allows (handling-rules.ts) and names the integrity-file record the finding wrote.
 */
export const falseCommitmentHandlings = pgTable(
  'false_commitment_handlings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    taskId: uuid('task_id').references(() => verificationTasks.id),
    commitmentId: uuid('commitment_id')
      .notNull()
      .unique()
      .references(() => commitments.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    stage: text('stage').$type<HandlingStage>().notNull(),
    finding: text('finding').notNull(),
    creditRecordId: uuid('credit_record_id')
      .notNull()
      .references(() => creditRecords.id),
    state: text('state', { enum: ['open', 'closed'] }).notNull(),
    foundBy: uuid('found_by').references(() => users.id),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('false_commitment_handlings_district').on(t.districtCode, t.state),
    stateCheck('false_commitment_handlings', 'stage', ['before-decision', 'after-decision']),
    stateCheck('false_commitment_handlings', 'state', ['open', 'closed']),
  ],
);

/** SUP-3: one action of a handling record, with its document number, dates and outcome. */
export const handlingActions = pgTable(
  'handling_actions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    handlingId: uuid('handling_id')
      .notNull()
      .references(() => falseCommitmentHandlings.id),
    kind: text('kind').$type<HandlingActionKind>().notNull(),
    documentNo: text('document_no').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    /** 责令限期整改: the rectification deadline, followed by the deadline scan. */
    deadline: date('deadline', { mode: 'string' }),
    details: text('details').notNull(),
    state: text('state', { enum: ['in-force', 'complied', 'not-complied'] }).notNull(),
    outcome: text('outcome'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('handling_actions_handling').on(t.handlingId),
    stateCheck('handling_actions', 'kind', handlingActionKinds),
    stateCheck('handling_actions', 'state', ['in-force', 'complied', 'not-complied']),
  ],
);

/**
 * VER-8: every query about a person or company to shared data (谁查询了我的数据). The subject sees
 * their entries, except while an authorised officer has delayed their display (audited).
 */
export const dataAccessLog = pgTable(
  'data_access_log',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    subjectIdentifier: encryptedText('subject_identifier').notNull(),
    partyId: uuid('party_id').references(() => parties.id),
    recordType: text('record_type').$type<RecordType>().notNull(),
    purpose: text('purpose').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    caseNo: text('case_no'),
    taskId: uuid('task_id').references(() => verificationTasks.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyName: text('agency_name').notNull(),
    /** Who asked: a user, or the platform's scheduled check acting for the agency. */
    userId: uuid('user_id').references(() => users.id),
    userName: text('user_name').notNull(),
    requestId: text('request_id').notNull(),
    answered: text('answered', { enum: ['found', 'not-found', 'failed'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    displayDelayedUntil: date('display_delayed_until', { mode: 'string' }),
    delayReason: text('delay_reason'),
    delayedBy: uuid('delayed_by').references(() => users.id),
  },
  (t) => [
    index('data_access_log_subject').on(t.subjectIdentifier, t.at),
    uniqueIndex('data_access_log_request_subject').on(t.requestId, t.subjectIdentifier),
  ],
);
