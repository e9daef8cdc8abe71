import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SiteIdentity } from '../common/district-settings-rules.ts';
import { encryptedText } from '../platform/crypto/field-encryption.ts';

/** ORG-1: 省 > 市 > 区县 > 镇街, keyed by GB/T 2260 codes (towns by 9-digit statistical codes). */
export const jurisdictions = pgTable('jurisdictions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: text('level', { enum: ['province', 'city', 'county', 'town'] }).notNull(),
  parentCode: text('parent_code').references((): AnyPgColumn => jurisdictions.code),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Agencies (单位): bureaus of a district, town governments and 司法所, upper-level justice bodies. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    /** The served district the agency works in; null for city and province bodies. */
    districtCode: text('district_code').references(() => jurisdictions.code),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('agencies_jurisdiction_name').on(t.jurisdictionCode, t.name)],
);

/** ORG-3: per-district configuration, edited by the district's admin. */
export const districtSettings = pgTable('district_settings', {
  districtCode: text('district_code')
    .primaryKey()
    .references(() => jurisdictions.code),
  filingDeadlineWorkingDays: integer('filing_deadline_working_days').notNull(),
  textPublicationDeadlineWorkingDays: integer('text_publication_deadline_working_days').notNull(),
  reminderLeadWorkingDays: integer('reminder_lead_working_days').notNull(),
  /** VER-4: working days an agency asked for assistance has to answer. */
  assistanceWorkingDays: integer('assistance_working_days').notNull().default(10),
  /** SUP-2: percentage points added to the sampling rate of whatever is under key supervision. */
  keySupervisionRaise: integer('key_supervision_raise').notNull().default(20),
  townsAdjustLists: boolean('towns_adjust_lists').notNull(),
  creditPlatforms: jsonb('credit_platforms').$type<string[]>().notNull(),
  leadUnits: jsonb('lead_units').$type<Record<string, string>>().notNull(),
  /** The public site's foot (主办单位, 备案号…); null until the district enters it. */
  site: jsonb('site').$type<SiteIdentity>(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Parties (申请人): a natural person by 居民身份证号 or an organisation by 统一社会信用代码. */
export const parties = pgTable('parties', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  kind: text('kind', { enum: ['person', 'organisation'] }).notNull(),
  identifier: encryptedText('identifier').notNull().unique(),
  name: text('name').notNull(),
  /**
   * The phone on record (在册手机号): noted at the counter from the person in front of the officer,
   * or by the account that first proved it is this party. Codes proving a claim go here (SPEC §10).
   */
  phone: encryptedText('phone'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** How an account acts for its party: the person themself, or a company's administrator or agent. */
export const partyCapacities = ['self', 'administrator', 'agent'] as const;
export type PartyCapacity = (typeof partyCapacities)[number];

/** ORG-2: one role at one jurisdiction (and agency for agency staff) per user. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role').notNull(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    agencyId: uuid('agency_id').references(() => agencies.id),
    /** The party this account has proven to be or to act for; null until proven (SPEC §10). */
    partyId: uuid('party_id').references(() => parties.id),
    partyCapacity: text('party_capacity').$type<PartyCapacity>(),
    /** 经办人 of an organisation account. */
    agentName: text('agent_name'),
    agentIdNumber: encryptedText('agent_id_number'),
    phone: encryptedText('phone'),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('users_username_key').on(sql`lower(${t.username})`)],
);
