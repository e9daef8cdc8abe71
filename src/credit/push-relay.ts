import type { Database } from '../platform/db/database.ts';
import { type OutboxRelay, outboxRelay, relayOutbox } from '../platform/jobs/outbox-relay.ts';
import type { CreditPlatform } from './credit-platform.ts';
import { creditPushes } from './schema.ts';

/**
 * CRED-6: delivers the due pushes of the outbox once each (claim, lease and back-off: `relayOutbox`),
 * under their idempotency key and one request id for every attempt, storing each receipt. A push whose
 * receipt was lost (the process died after sending) is sent again after its lease: the receiver
 * answers the first receipt, so it holds the push once.
 */
export function relayCreditPushes(options: {
  database: Database;
  platform: CreditPlatform;
  now: () => Date;
  batch?: number;
}): Promise<number> {
  return relayOutbox({
    ...options,
    table: creditPushes,
    async deliver(push, at) {
      const receipt = await options.platform.deliver({
        envelope: JSON.parse(push.payload) as Record<string, unknown>,
        idempotencyKey: push.idempotencyKey,
        subjectId: push.subjectId,
        requestId: push.id,
      });
      return {
        state: 'delivered' as const,
        attempts: push.attempts + 1,
        receipt: { receiptId: receipt.receiptId, receivedAt: receipt.receivedAt },
        deliveredAt: at,
        lastError: null,
      };
    },
  });
}

/** The credit outbox's relay; a change that queued pushes (or a retry) nudges it. */
export interface CreditPushRelay extends OutboxRelay {
  readonly platform: CreditPlatform;
}

export function createCreditPushRelay(options: {
  database: Database;
  platform: CreditPlatform;
  now: () => Date;
  onError?: (error: unknown) => void;
}): CreditPushRelay {
  return {
    platform: options.platform,
    ...outboxRelay({
      jobName: 'credit-pushes',
      relayBatch: () => relayCreditPushes(options),
      onError: options.onError,
    }),
  };
}
