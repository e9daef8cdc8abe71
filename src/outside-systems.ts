import path from 'node:path';
import type { Config } from './platform/config.ts';
import type { PlatformKey } from './platform/crypto/platform-key.ts';
import type { Database } from './platform/db/database.ts';
import { createMessageRelay, type MessageRelay } from './platform/messaging/message-relay.ts';
import { httpSmsSender } from './platform/messaging/sms-sender.ts';
import { startExchange } from './stand-ins/exchange/service.ts';
import { type SmsGateway, startSmsGateway } from './stand-ins/sms-gateway/gateway.ts';
import { createOnlineCheckRunner, type OnlineCheckRunner } from './verification/online-check-runner.ts';
import { httpSharedDataSource } from './verification/shared-data-source.ts';

export interface OutsideSystems {
  messages: MessageRelay;
  /** VER-2: online checks through the data-sharing platform's connector. */
  onlineChecks: OnlineCheckRunner;
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
  return {
    messages,
    onlineChecks,
    standIns,
    close: async () => {
      await Promise.all(standIns.map((s) => s.close()));
    },
  };
}
