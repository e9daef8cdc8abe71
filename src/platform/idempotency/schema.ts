import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * the Idempotency-Key of each creating request, written in the transaction of its change (so
 * it exists exactly when the change does) and completed with the answer, which a retry gets again.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    /** Method and route, e.g. `POST /api/list-changes`. */
    operation: text('operation').notNull(),
    /** SM3 of the request body: the same key with another body is a client error. */
    requestSm3: text('request_sm3').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
