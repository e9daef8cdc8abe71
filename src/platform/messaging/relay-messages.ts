import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { ConnectorRefusedError } from '../connectors/http-connector.ts';
import type { Database } from '../db/database.ts';
import { outboundMessages } from './schema.ts';
import type { SmsSender } from './sms-sender.ts';

const LEASE_MS = 60_000;
/** About a day of tries; then the operator sees it failed. */
const MAX_ATTEMPTS = 20;
const DELIVERED_BODY = '（已发送，内容不留存）';

/** Seconds before try `attempts + 1`: 15 s, 30 s, 1 min … up to 30 min. */
export const retryDelaySeconds = (attempts: number) => Math.min(1800, 15 * 2 ** Math.max(0, attempts - 1));

type Row = typeof outboundMessages.$inferSelect;

/**
 * Delivers the due messages of the outbox once each: claims a batch with a lease (so two relays
 * never send one message at the same time), sends, and records the receipt, or the next attempt
 * with a growing back-off. A message that has run out is marked expired instead of sent.
 */
export async function relayOutboundMessages(options: {
  database: Database;
  sms: SmsSender;
  now: () => Date;
  batch?: number;
}): Promise<{ sent: number; retrying: number; expired: number }> {
  const { database } = options;
  const now = options.now();
  const claimed: Row[] = await database.transaction(async (tx) => {
    const due = await tx.db
      .select({ id: outboundMessages.id })
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.state, 'pending'),
          lte(outboundMessages.nextAttemptAt, now),
          or(isNull(outboundMessages.leaseUntil), lte(outboundMessages.leaseUntil, now)),
        ),
      )
      .orderBy(outboundMessages.nextAttemptAt)
      .limit(options.batch ?? 20)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx.db
      .update(outboundMessages)
      .set({ leaseUntil: new Date(now.getTime() + LEASE_MS) })
      .where(
        inArray(
          outboundMessages.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  const counts = { sent: 0, retrying: 0, expired: 0 };
  for (const message of claimed) {
    const at = options.now();
    if (message.expiresAt && message.expiresAt <= at) {
      await settle(database, message.id, { state: 'expired', body: DELIVERED_BODY });
      counts.expired += 1;
      continue;
    }
    try {
      const { receipt } = await options.sms.send({
        to: message.recipient,
        text: message.body,
        requestId: message.requestId,
      });
      await settle(database, message.id, { state: 'sent', receipt, sentAt: at, body: DELIVERED_BODY });
      counts.sent += 1;
    } catch (error) {
      const attempts = message.attempts + 1;
      const refused = error instanceof ConnectorRefusedError;
      await settle(database, message.id, {
        state: refused || attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        attempts,
        nextAttemptAt: new Date(at.getTime() + retryDelaySeconds(attempts) * 1000),
        lastError: (error as Error).message.slice(0, 500),
      });
      counts.retrying += 1;
    }
  }
  return counts;
}

async function settle(database: Database, id: string, change: Partial<Row>): Promise<void> {
  await database.db
    .update(outboundMessages)
    .set({ ...change, leaseUntil: null })
    .where(eq(outboundMessages.id, id));
}

/** Messages still waiting, for health and the operator. */
export async function pendingMessages(database: Database): Promise<number> {
  const [row] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboundMessages)
    .where(eq(outboundMessages.state, 'pending'));
  return row?.n ?? 0;
}
