import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { encryptedText } from '../crypto/field-encryption.ts';

/**
 * The outbox of messages to people outside the platform (SMS now; mail later). A message is written
 * in the transaction of the change that causes it and relayed afterwards, retried until delivered:
 * a crash or an unreachable gateway loses nothing, and the request id makes a repeat count once.
 */
export const outboundMessages = pgTable(
  'outbound_messages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    channel: text('channel').$type<'sms'>().notNull(),
    recipient: encryptedText('recipient').notNull(),
    /** Cleared once delivered: a one-time code does not stay in the database. */
    body: text('body').notNull(),
    /** Why it is sent (`party-claim-code`), for the operator's view. */
    purpose: text('purpose').notNull(),
    /** Sent with every attempt; the gateway answers a repeat with its first receipt. */
    requestId: text('request_id').notNull().unique(),
    state: text('state').$type<'pending' | 'sent' | 'expired' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A relay that claimed it holds it until then; another may take it over after. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Past this moment it is pointless (a code that has run out): not sent any more. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastError: text('last_error'),
    receipt: text('receipt'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('outbound_messages_due').on(t.state, t.nextAttemptAt)],
);
