import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { relayOutbox } from '../jobs/outbox-relay.ts';
import { outboundMessages } from './schema.ts';
import type { SmsSender } from './sms-sender.ts';

const DELIVERED_BODY = '（已发送，内容不留存）';

/**
 * Delivers the due messages of the outbox once each (claim, lease and back-off: `relayOutbox`). A
 * message that has run out is marked expired instead of sent; a sent one keeps no text.
 */
export function relayOutboundMessages(options: {
  database: Database;
  sms: SmsSender;
  now: () => Date;
  batch?: number;
}): Promise<number> {
  return relayOutbox({
    ...options,
    table: outboundMessages,
    async deliver(message, at) {
      if (message.expiresAt && message.expiresAt <= at)
        return { state: 'expired' as const, body: DELIVERED_BODY };
      const { receipt } = await options.sms.send({
        to: message.recipient,
        text: message.body,
        requestId: message.requestId,
      });
      return { state: 'sent' as const, receipt, sentAt: at, body: DELIVERED_BODY };
    },
  });
}

/** Messages still waiting, for health and the operator. */
export async function pendingMessages(database: Database): Promise<number> {
  const [row] = await database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(outboundMessages)
    .where(eq(outboundMessages.state, 'pending'));
  return row?.n ?? 0;
}
