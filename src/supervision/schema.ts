import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { cases } from '../cases/index.ts';
import {
  type ConflictKind,
  conflictKinds,
  type InspectionResult,
  inspectionResults,
  type PlanState,
  planStates,
  type RiskLevel,
  riskLevels,
} from '../common/inspection-plan-states.ts';
import { agencies, jurisdictions, parties, users } from '../organisation/index.ts';
import { encryptedText } from '../platform/crypto/field-encryption.ts';
import { stateCheck } from '../platform/db/state-check.ts';
import type { GradeRates, RiskRates } from './plan-rules.ts';

/** SUP-1: a regulator agency's law-enforcement inspectors (执法检查人员库). */
export const inspectors = pgTable(
  'inspectors',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    /** 执法证号: what the public result names the inspector by. */
    certificateNo: text('certificate_no').notNull().unique(),
    /** The fields they may inspect (执法领域), e.g. 市场监管、食品经营. */
    fields: jsonb('fields').$type<string[]>().notNull(),
    active: boolean('active').notNull().default(true),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inspectors_district').on(t.districtCode, t.agencyId)],
);

/** An inspector's declared conflicts (回避): never drawn for a case of that company or person. */
export const inspectorConflicts = pgTable(
  'inspector_conflicts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    kind: text('kind').$type<ConflictKind>().notNull(),
    /** 统一社会信用代码 or 居民身份证号 of the company or person, and the name declared. */
    partyIdentifier: encryptedText('party_identifier').notNull(),
    partyName: text('party_name').notNull(),
    note: text('note').notNull().default(''),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('inspector_conflicts_party').on(t.inspectorId, t.partyIdentifier),
    stateCheck('inspector_conflicts', 'kind', conflictKinds),
  ],
);

/** GOV-3: an item's risk assessment in a district (items not assessed count as medium). */
export const itemRisks = pgTable(
  'item_risks',
  {
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    itemKey: text('item_key').notNull(),
    itemName: text('item_name').notNull(),
    level: text('level').$type<RiskLevel>().notNull(),
    basis: text('basis').notNull(),
    /** For items of high economic value that are hard to verify (GOV-3). */
    insuranceRequired: boolean('insurance_required').notNull().default(false),
    assessedBy: uuid('assessed_by').references(() => users.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.itemKey] }),
    stateCheck('item_risks', 'level', riskLevels),
  ],
);

/** SUP-2: an item or a party under key supervision (重点监管) for a period, with its reason. */
export const keySupervisions = pgTable(
  'key_supervisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    subject: text('subject', { enum: ['item', 'party'] }).notNull(),
    itemKey: text('item_key'),
    partyId: uuid('party_id').references(() => parties.id),
    /** The item's or party's name as shown (a person's is masked where shown to others). */
    subjectName: text('subject_name').notNull(),
    reason: text('reason').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
  },
  (t) => [index('key_supervisions_district').on(t.districtCode, t.endsOn)],
);

/** What the draw consumed, frozen at approval (docs/double-random.md). */
export interface FrozenDrawInput {
  pool: { caseNo: string; stratum: string }[];
  rates: Record<string, number>;
  inspectors: string[];
  inspectorsPerObject: number;
  exclusions: Record<string, string[]>;
}

/** SUP-1: a sampling plan (双随机抽查计划). Frozen once approved (trigger in migration 0014). */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** Administrative matters covered (empty: all); exempt items' cases are always in the pool. */
    matterIds: jsonb('matter_ids').$type<string[]>().notNull(),
    rates: jsonb('rates').$type<RiskRates>().notNull(),
    /** CRED-3: rates per credit grade; a case samples at the higher of its risk's and its grade's. */
    gradeRates: jsonb('grade_rates').$type<GradeRates>().notNull().default({}),
    inspectorsPerObject: integer('inspectors_per_object').notNull(),
    excludeHandlingAgency: boolean('exclude_handling_agency').notNull(),
    /** Agencies whose inspectors are drawn (empty: the planning agency's). */
    inspectorAgencyIds: jsonb('inspector_agency_ids').$type<string[]>().notNull(),
    drawOn: date('draw_on', { mode: 'string' }).notNull(),
    state: text('state').$type<PlanState>().notNull(),
    /** Set at approval: the key-supervision raise in force, the secret seed and what is published. */
    keyRaise: integer('key_raise'),
    seed: encryptedText('seed'),
    seedHash: text('seed_hash'),
    poolHash: text('pool_hash'),
    inputHash: text('input_hash'),
    algorithm: text('algorithm'),
    drawInput: jsonb('draw_input').$type<FrozenDrawInput>(),
    poolSize: integer('pool_size'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('inspection_plans_district').on(t.districtCode, t.state),
    stateCheck('inspection_plans', 'state', planStates),
  ],
);

/** The frozen pool of a plan (what `poolHash` covers), written in the approval's transaction. */
export const inspectionPoolEntries = pgTable(
  'inspection_pool_entries',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    caseNo: text('case_no').notNull(),
    stratum: text('stratum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.caseId] })],
);

export interface DrawnInspector {
  id: string;
  name: string;
  number: string;
}

/** SUP-1: a drawn object with its drawn inspectors and, once inspected, its result (一公开). */
export const inspectionObjects = pgTable(
  'inspection_objects',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id),
    position: integer('position').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    caseNo: text('case_no').notNull(),
    stratum: text('stratum').notNull(),
    inspectors: jsonb('inspectors').$type<DrawnInspector[]>().notNull(),
    result: text('result').$type<InspectionResult>(),
    findings: text('findings'),
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull().default([]),
    /** SUP-3: the handling record a 不实 commitment found here opened. */
    handlingId: uuid('handling_id'),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inspection_objects_position').on(t.planId, t.position),
    stateCheck('inspection_objects', 'result', inspectionResults),
  ],
);
