import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Facts about this deployment's database, e.g. when demo data was loaded. */
export const platformMeta = pgTable('platform_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
