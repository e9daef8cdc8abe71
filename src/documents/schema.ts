import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ServiceGuide } from '../common/service-guide.ts';
import type { FormatText, TextKind } from '../common/text-elements.ts';
import type { WorkRule } from '../common/work-rule.ts';
import { administrativeMatters } from '../lists/index.ts';
import { agencies, jurisdictions } from '../organisation/index.ts';
import { bytea } from '../platform/db/columns.ts';
import { stateCheck } from '../platform/db/state-check.ts';
import { documentFilingWorkflow } from './document-filing-states.ts';

/** DOC-1: the district's work rule as being edited; published copies are `workRuleVersions`. */
export const workRuleDrafts = pgTable('work_rule_drafts', {
  districtCode: text('district_code')
    .primaryKey()
    .references(() => jurisdictions.code),
  rule: jsonb('rule').$type<WorkRule>().notNull(),
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const workRuleVersions = pgTable(
  'work_rule_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    versionNo: integer('version_no').notNull(),
    rule: jsonb('rule').$type<WorkRule>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [uniqueIndex('work_rule_versions_no').on(t.districtCode, t.versionNo)],
);

/** DOC-2: an item's notice or commitment text as being edited, keyed by the list item's key. */
export const formatTextDrafts = pgTable(
  'format_text_drafts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    itemKey: text('item_key').notNull(),
    kind: text('kind').$type<TextKind>().notNull(),
    text: jsonb('text').$type<FormatText>().notNull(),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('format_text_drafts_item').on(t.districtCode, t.itemKey, t.kind)],
);

/** DOC-2: published versions of a format text; a case keeps the version it used. Append-only. */
export const formatTextVersions = pgTable(
  'format_text_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    itemKey: text('item_key').notNull(),
    kind: text('kind').$type<TextKind>().notNull(),
    versionNo: integer('version_no').notNull(),
    itemName: text('item_name').notNull(),
    administrativeMatter: text('administrative_matter').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    text: jsonb('text').$type<FormatText>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [uniqueIndex('format_text_versions_no').on(t.districtCode, t.itemKey, t.kind, t.versionNo)],
);

/** DOC-4: an administrative matter's service guide as being edited. */
export const guideDrafts = pgTable('service_guide_drafts', {
  administrativeMatterId: uuid('administrative_matter_id')
    .primaryKey()
    .references(() => administrativeMatters.id),
  districtCode: text('district_code')
    .notNull()
    .references(() => jurisdictions.code),
  guide: jsonb('guide').$type<ServiceGuide>().notNull(),
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const guideVersions = pgTable(
  'service_guide_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    administrativeMatterId: uuid('administrative_matter_id')
      .notNull()
      .references(() => administrativeMatters.id),
    matterName: text('matter_name').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    versionNo: integer('version_no').notNull(),
    guide: jsonb('guide').$type<ServiceGuide>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [
    uniqueIndex('service_guide_versions_no').on(t.administrativeMatterId, t.versionNo),
    // The public guides and the portal's search read a district's latest versions.
    index('service_guide_versions_district').on(t.districtCode, t.administrativeMatterId, t.versionNo),
  ],
);

/** DOC-5: a published rule, text or guide filed with the justice bureau; received when it records it. */
export const documentFilings = pgTable(
  'document_filings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    subjectType: text('subject_type', { enum: ['work-rule', 'format-text', 'guide'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    title: text('title').notNull(),
    fromName: text('from_name').notNull(),
    toJurisdictionCode: text('to_jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    state: text('state', { enum: documentFilingWorkflow.states as ['submitted', 'received'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    receivedBy: text('received_by'),
    revision: integer('revision').notNull().default(1),
  },
  () => [stateCheck('document_filings', 'state', documentFilingWorkflow.states)],
);

/**
 * DOC-6: rendered documents (blank forms of published texts, filled notices and signed commitments of
 * cases), stored in the database with their SM3 so a copy can be checked later. Append-only.
 */
export const storedDocuments = pgTable(
  'stored_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    subject: text('subject').notNull(),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    sm3: text('sm3').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('stored_documents_subject').on(t.subject)],
);
