import type { Database } from '../db/database.ts';
import { type OutboxRelay, outboxRelay } from '../jobs/outbox-relay.ts';
import { relayOutboundMessages } from './relay-messages.ts';
import type { SmsSender } from './sms-sender.ts';

/**
 * The SMS outbox's relay. A change that queued a message nudges it: a code should reach a phone in
 * seconds, not at the next minute.
 */
export interface MessageRelay extends OutboxRelay {
  readonly sms: SmsSender;
}

export function createMessageRelay(options: {
  database: Database;
  sms: SmsSender;
  now: () => Date;
  onError?: (error: unknown) => void;
}): MessageRelay {
  return {
    sms: options.sms,
    ...outboxRelay({
      jobName: 'outbound-messages',
      relayBatch: () => relayOutboundMessages(options),
      onError: options.onError,
    }),
  };
}
