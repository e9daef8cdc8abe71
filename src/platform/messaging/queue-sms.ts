import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/database.ts';
import { outboundMessages } from './schema.ts';

/** Writes an SMS into the outbox inside the caller's transaction: it exists if the change commits. */
export async function queueSms(
  tx: Tx,
  message: { to: string; text: string; purpose: string; now: Date; expiresAt?: Date },
): Promise<void> {
  await tx.db.insert(outboundMessages).values({
    channel: 'sms',
    recipient: message.to,
    body: message.text,
    purpose: message.purpose,
    requestId: randomUUID(),
    nextAttemptAt: message.now,
    expiresAt: message.expiresAt ?? null,
    createdAt: message.now,
  });
}
