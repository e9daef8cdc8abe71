import type { Database } from '../db/database.ts';
import type { JobDefinition } from '../jobs/job-queue.ts';
import { nudgedRun } from '../jobs/nudged-run.ts';
import { relayOutboundMessages } from './relay-messages.ts';
import type { SmsSender } from './sms-sender.ts';

export interface MessageRelay {
  readonly sms: SmsSender;
  /** Relays what is due now, until nothing is. */
  runOnce(data?: object, stopping?: AbortSignal): Promise<void>;
  /**
   * Asks for a relay soon, after a change queued a message: a code should reach a phone in seconds,
   * not at the next minute. Best effort; the outbox and the job below are what guarantee delivery.
   */
  nudge(): void;
  /** Resolves when the relay a nudge started has finished. */
  settled(): Promise<void>;
  /** The job that relays every minute on whichever instance claims it, and at start. */
  job(): JobDefinition;
}

export function createMessageRelay(options: {
  database: Database;
  sms: SmsSender;
  now: () => Date;
  onError?: (error: unknown) => void;
}): MessageRelay {
  const runOnce = async (_data?: object, stopping?: AbortSignal) => {
    while (!stopping?.aborted) {
      const { sent, retrying, expired } = await relayOutboundMessages(options);
      if (sent + retrying + expired === 0) return;
    }
  };
  return {
    sms: options.sms,
    runOnce,
    ...nudgedRun(() => runOnce(), options.onError),
    job: () => ({ name: 'outbound-messages', cron: '* * * * *', runAtStart: true, handler: runOnce }),
  };
}
