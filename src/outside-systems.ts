import path from 'node:path';
import { httpCreditPlatform } from './credit/credit-platform.ts';
import { creditFeedJob } from './credit/pull-credit-feed.ts';
import { type CreditPushRelay, createCreditPushRelay } from './credit/push-relay.ts';
import type { Config } from './platform/config.ts';
import type { PlatformKey } from './platform/crypto/platform-key.ts';
import type { Database } from './platform/db/database.ts';
import type { JobDefinition } from './platform/jobs/job-queue.ts';
import { createMessageRelay, type MessageRelay } from './platform/messaging/message-relay.ts';
import { httpSmsSender } from './platform/messaging/sms-sender.ts';
import { startCreditReceiver } from './stand-ins/credit-receiver/receiver.ts';
import { startExchange } from './stand-ins/exchange/service.ts';
import { type SmsGateway, startSmsGateway } from './stand-ins/sms-gateway/gateway.ts';
import { createOnlineCheckRunner, type OnlineCheckRunner } from './verification/online-check-runner.ts';
import { httpSharedDataSource } from './verification/shared-data-source.ts';

export interface OutsideSystems {
  messages: MessageRelay;
  /** VER-2: online checks through the data-sharing platform's connector. */
  onlineChecks: OnlineCheckRunner;
  /** CRED-6: pushes to the credit platforms, through their connector. */
  creditPushes: CreditPushRelay;
  /** CRED-2: the hourly pull of the districts' dishonesty records from the credit platform. */
  creditFeed: JobDefinition;
  /** Stand-ins started here because no URL was configured; stopped with the process. */
  standIns: Pick<SmsGateway, 'url' | 'close'>[];
  close(): Promise<void>;
}

/**
 * SPEC §10 Stand-ins: each outside system is reached through its connector at the configured URL;
 * where none is configured, the repository's stand-in starts on a free port with its own store
 * (a folder beside the database's), trusting the platform's key.
 */
export async function connectOutsideSystems(options: {
  config: Config;
  database: Database;
  platformKey: PlatformKey;
  /** Demo data was just loaded: the credit stand-in refuses one of its pushes once (the demo's failed push). */
  demoLoaded?: boolean;
  onError: (error: unknown) => void;
}): Promise<OutsideSystems> {
  const { config, platformKey } = options;
  const standIns: OutsideSystems['standIns'] = [];
  let smsUrl = config.smsUrl;
  if (!smsUrl) {
    const gateway = await startSmsGateway({
      port: config.smsGatewayPort,
      dataDir: path.join(config.dataDir, 'sms-gateway'),
      trustedKeys: [platformKey.publicKey],
    });
    standIns.push(gateway);
    smsUrl = gateway.url;
  }
  const messages = createMessageRelay({
    database: options.database,
    sms: httpSmsSender({ baseUrl: smsUrl, key: platformKey }),
    now: () => new Date(),
    onError: options.onError,
  });
  let exchangeUrl = config.exchangeUrl;
  let answerKey = config.exchangeAnswerKey;
  if (!exchangeUrl) {
    const exchange = await startExchange({
      port: config.exchangePort,
      dataDir: path.join(config.dataDir, 'exchange'),
      trustedKeys: [platformKey.publicKey],
    });
    standIns.push(exchange);
    exchangeUrl = exchange.url;
    answerKey = exchange.publicKey;
  }
  const onlineChecks = createOnlineCheckRunner({
    database: options.database,
    source: httpSharedDataSource({ baseUrl: exchangeUrl, key: platformKey, answerKey: answerKey! }),
    now: () => new Date(),
    onError: options.onError,
  });
  let creditUrl = config.creditUrl;
  if (!creditUrl) {
    const receiver = await startCreditReceiver({
      port: config.creditPort,
      dataDir: path.join(config.dataDir, 'credit-receiver'),
      trustedKeys: [platformKey.publicKey],
      demoRefusals: options.demoLoaded ?? false,
    });
    standIns.push(receiver);
    creditUrl = receiver.url;
  }
  const creditPlatform = httpCreditPlatform({ baseUrl: creditUrl, key: platformKey });
  const creditPushes = createCreditPushRelay({
    database: options.database,
    platform: creditPlatform,
    now: () => new Date(),
    onError: options.onError,
  });
  const creditFeed = creditFeedJob({
    database: options.database,
    platform: creditPlatform,
    now: () => new Date(),
    // Pulled records queue their own pushes: they leave now rather than at the next minute.
    afterPull: (pulled) => {
      if (pulled.recorded > 0) creditPushes.nudge();
      if (pulled.unreadable.length > 0)
        options.onError(new Error(`credit feed: records not entered ${JSON.stringify(pulled.unreadable)}`));
    },
  });
  return {
    messages,
    onlineChecks,
    creditPushes,
    creditFeed,
    standIns,
    close: async () => {
      await Promise.all(standIns.map((s) => s.close()));
    },
  };
}
