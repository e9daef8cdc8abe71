import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
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
import { type ChangeRequestState, changeRequestWorkflow } from '../common/change-request-states.ts';
import type { Exclusion } from '../common/exclusions.ts';
import type { ListItem, RetainedProof, VerificationClass } from '../common/list-item.ts';
import type { MatterFacts } from '../common/shared-records.ts';
import { agencies, jurisdictions, users } from '../organisation/index.ts';
import { stateCheck } from '../platform/db/state-check.ts';
import { type FilingState, filingWorkflow } from './filing-chain.ts';

/** LIST-1: the catalogue of certification matters (证明事项) of a district. */
export const certificationMatters = pgTable(
  'certification_matters',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    name: text('name').notNull(),
    proves: text('proves').notNull(),
    legalBasis: text('legal_basis').notNull(),
    issuingBody: text('issuing_body').notNull(),
    field: text('field').notNull(),
    frequency: text('frequency', { enum: ['high', 'medium', 'low'] }).notNull(),
    difficulty: text('difficulty', { enum: ['high', 'medium', 'low'] }).notNull(),
    verifiability: text('verifiability', { enum: ['easy', 'medium', 'hard'] }).notNull(),
    /** A statutory licence verifiable online through the e-license library (LIST-2: should adopt). */
    eLicense: boolean('e_license').notNull(),
    /** LIST-2: an exclusion category with its reason; such a matter is never listed. */
    exclusion: jsonb('exclusion').$type<Exclusion | null>(),
    /** Why the proof is kept (保留清单) when it is neither listed nor excluded. */
    retainedReason: text('retained_reason'),
    /** VER-2: the facts its commitment asserts and the shared record type they are checked against. */
    facts: jsonb('facts').$type<MatterFacts | null>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('certification_matters_district_name').on(t.districtCode, t.name)],
);

/** LIST-1: administrative matters (行政事项) and the proofs each requires, listed or not. */
export const administrativeMatters = pgTable(
  'administrative_matters',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Names of the certification matters required, in the order the guide lists them. */
    proofs: jsonb('proofs').$type<string[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('administrative_matters_district_code').on(t.districtCode, t.code),
    uniqueIndex('administrative_matters_district_name').on(t.districtCode, t.name),
  ],
);

/**
 * One list per jurisdiction: the city general list, a district's list, or (ST) a town's list, which
 * claims the list above it (`claimsListId`). `draftRevision` guards the draft as a whole.
 */
export const lists = pgTable('lists', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  jurisdictionCode: text('jurisdiction_code')
    .notNull()
    .unique()
    .references(() => jurisdictions.code),
  districtCode: text('district_code').references(() => jurisdictions.code),
  title: text('title').notNull(),
  claimsListId: uuid('claims_list_id').references((): AnyPgColumn => lists.id),
  draftRevision: integer('draft_revision').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** VER-5: what the industry regulator recorded on exempting an item from verification. */
export interface RegulatorOpinion {
  agrees: boolean;
  opinion: string;
  /** The regulator agency's name. */
  agency: string;
  /** The display name of the regulator's officer who recorded it. */
  recordedBy: string;
  /** ISO 8601. */
  recordedAt: string;
}

/** The working copy of a list: edited freely, published as an immutable version. */
export const draftItems = pgTable(
  'list_draft_items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listId: uuid('list_id')
      .notNull()
      .references(() => lists.id),
    position: integer('position').notNull(),
    certificationMatterId: uuid('certification_matter_id').references(() => certificationMatters.id),
    administrativeMatterId: uuid('administrative_matter_id').references(() => administrativeMatters.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    assistingAgencyId: uuid('assisting_agency_id').references(() => agencies.id),
    name: text('name').notNull(),
    proves: text('proves').notNull(),
    field: text('field').notNull(),
    administrativeMatter: text('administrative_matter').notNull(),
    administrativeMatterKind: text('administrative_matter_kind').notNull(),
    handlingAgency: text('handling_agency').notNull(),
    issuingBody: text('issuing_body').notNull(),
    legalBasis: text('legal_basis').notNull(),
    verification: text('verification').$type<VerificationClass>().notNull(),
    assistingAgency: text('assisting_agency'),
    /** VER-5: the industry regulator's name where it is not the handling agency itself (null: it is). */
    industryRegulator: text('industry_regulator'),
    /** VER-5: the regulator's recorded opinion on exempting the item from verification (null: none). */
    regulatorOpinion: jsonb('regulator_opinion').$type<RegulatorOpinion | null>(),
    timeLimitWorkingDays: integer('time_limit_working_days').notNull(),
    standard: text('standard').notNull(),
    method: text('method').notNull(),
    disclosure: boolean('disclosure').notNull(),
    remarks: text('remarks').notNull(),
    /** LIST-3: the item of the list above that this one takes over, and when it was claimed. */
    sourceItemKey: text('source_item_key'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    claimedBy: text('claimed_by'),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('list_draft_items_list').on(t.listId, t.position),
    uniqueIndex('list_draft_items_one_row').on(t.listId, t.name, t.administrativeMatter, t.handlingAgency),
  ],
);

/** LIST-4: a published version; rows are append-only (a trigger refuses UPDATE and DELETE). */
export const listVersions = pgTable(
  'list_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listId: uuid('list_id')
      .notNull()
      .references(() => lists.id),
    versionNo: integer('version_no').notNull(),
    title: text('title').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    publishedBy: text('published_by').notNull(),
    items: jsonb('items').$type<ListItem[]>().notNull(),
    retained: jsonb('retained').$type<RetainedProof[]>().notNull(),
    /** SM3 of the items and retained proofs as published, so anyone can check a copy. */
    contentSm3: text('content_sm3').notNull(),
    note: text('note').notNull(),
    changeRequestIds: jsonb('change_request_ids').$type<string[]>().notNull(),
  },
  (t) => [uniqueIndex('list_versions_list_no').on(t.listId, t.versionNo)],
);

/** LIST-6: an agency's (or, in ST, a town's) request to add, remove or amend one item. */
export const changeRequests = pgTable(
  'list_change_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listId: uuid('list_id')
      .notNull()
      .references(() => lists.id),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    number: text('number').notNull().unique(),
    action: text('action', { enum: ['add', 'remove', 'amend'] }).notNull(),
    /** The draft item removed or amended; its state when the request was last submitted. */
    targetItemId: uuid('target_item_id'),
    targetSnapshot: jsonb('target_snapshot').$type<Partial<ListItem> | null>(),
    proposal: jsonb('proposal').$type<Record<string, unknown> | null>(),
    reason: text('reason').notNull(),
    legalBasis: text('legal_basis').notNull(),
    state: text('state').$type<ChangeRequestState>().notNull(),
    requestingAgencyId: uuid('requesting_agency_id')
      .notNull()
      .references(() => agencies.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    reviewJurisdictionCode: text('review_jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    publishedVersionId: uuid('published_version_id').references(() => listVersions.id),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('list_change_requests_list_state').on(t.listId, t.state),
    stateCheck('list_change_requests', 'state', changeRequestWorkflow.states),
  ],
);

/** The history of a change request: every submission, review and comment. */
export const changeRequestEvents = pgTable(
  'list_change_request_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    changeRequestId: uuid('change_request_id')
      .notNull()
      .references(() => changeRequests.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    actorName: text('actor_name').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    comment: text('comment').notNull(),
    stateAfter: text('state_after').$type<ChangeRequestState>().notNull(),
  },
  (t) => [
    index('list_change_request_events_request').on(t.changeRequestId, t.at),
    stateCheck('list_change_request_events', 'state_after', changeRequestWorkflow.states),
  ],
);

/** LIST-7: one hop of a published version's filing (备案) chain, up to the province. */
export const listFilings = pgTable(
  'list_filings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listVersionId: uuid('list_version_id')
      .notNull()
      .references(() => listVersions.id),
    districtCode: text('district_code').references(() => jurisdictions.code),
    hop: integer('hop').notNull(),
    fromJurisdictionCode: text('from_jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    toJurisdictionCode: text('to_jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    state: text('state').$type<FilingState>().notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by'),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    receivedBy: text('received_by'),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('list_filings_version_hop').on(t.listVersionId, t.hop),
    stateCheck('list_filings', 'state', filingWorkflow.states),
  ],
);
