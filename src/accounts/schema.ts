import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { jurisdictions, type PartyCapacity, parties, users } from '../organisation/index.ts';
import { encryptedText } from '../platform/crypto/field-encryption.ts';
import { stateCheck } from '../platform/db/state-check.ts';

/** Server-side sessions: the cookie carries a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Failed logins per account, for the 5-per-15-minutes lock. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    usernameKey: text('username_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('login_failures_user_at').on(t.usernameKey, t.at)],
);

export const claimStatuses = ['pending', 'proven', 'refused', 'withdrawn'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export type ClaimProof = 'sms' | 'counter' | 'identity-provider' | 'company-administrator' | 'enrolled';

/**
 * A party claim (身份核验申请): an account says it is a person, or acts for an organisation, and stays
 * apart from that party's cases and files until it proves it (SPEC §10 Claiming a party).
 */
export const partyClaims = pgTable(
  'party_claims',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['person', 'organisation'] }).notNull(),
    identifier: encryptedText('identifier').notNull(),
    name: text('name').notNull(),
    /** The phone the account gave; the phone on record of a party it becomes only if it had none. */
    phone: encryptedText('phone'),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    capacity: text('capacity').$type<PartyCapacity>().notNull(),
    status: text('status').$type<ClaimStatus>().notNull().default('pending'),
    provenBy: text('proven_by').$type<ClaimProof>(),
    partyId: uuid('party_id').references(() => parties.id),
    /** The SM3 of the SMS code last sent for this claim, and until when it holds. */
    smsCodeHash: text('sms_code_hash'),
    smsCodeExpiresAt: timestamp('sms_code_expires_at', { withTimezone: true }),
    smsSentAt: timestamp('sms_sent_at', { withTimezone: true }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lastFailedAt: timestamp('last_failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('party_claims_one_open').on(t.userId).where(sql`status = 'pending'`),
    index('party_claims_identifier').on(t.identifier, t.status),
    stateCheck('party_claims', 'status', claimStatuses),
  ],
);

/**
 * One-time codes a window officer hands over after checking the person's ID card, or a company's
 * licence and authorisation letter, in person (柜台核验码). Only their SM3 is kept.
 */
export const counterCodes = pgTable(
  'counter_codes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: text('kind', { enum: ['person', 'organisation'] }).notNull(),
    identifier: encryptedText('identifier').notNull(),
    name: text('name').notNull(),
    capacity: text('capacity').$type<PartyCapacity>().notNull(),
    codeHash: text('code_hash').notNull().unique(),
    districtCode: text('district_code')
      .notNull()
      .references(() => jurisdictions.code),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => users.id),
  },
  (t) => [index('counter_codes_identifier').on(t.identifier)],
);

/**
 * One-time codes sent to a mobile number to prove it before an account is opened with it. Only
 * their SM3 is kept; the latest code of a number is the one that holds, until used, expired or tried
 * too often.
 */
export const phoneCodes = pgTable(
  'phone_codes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    phone: encryptedText('phone').notNull(),
    codeHash: text('code_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('phone_codes_phone_sent').on(t.phone, t.sentAt)],
);

/** What an account agreed to when it was opened: the personal-information notice, by version and time. */
export const privacyConsents = pgTable(
  'privacy_consents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    noticeVersion: text('notice_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('privacy_consents_user').on(t.userId)],
);
