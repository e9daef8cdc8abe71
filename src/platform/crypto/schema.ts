import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Development only: the platform SM2 key generated on first start, kept in the database so every
 * instance signs with the same key. Production takes it from configuration and never writes here.
 */
export const platformKeys = pgTable('platform_keys', {
  name: text('name').primaryKey(),
  privateKey: text('private_key').notNull(),
  publicKey: text('public_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
