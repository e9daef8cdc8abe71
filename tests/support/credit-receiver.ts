// CRED-6/CRED-2 in tests: the credit platforms' reference receiver on a free port with its own
// (temporary) folder, trusting the test database's platform key, and the platform's push relay and
// connector to it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeedRecord } from '../../src/common/credit-feed.ts';
import { type CreditPlatform, httpCreditPlatform } from '../../src/credit/credit-platform.ts';
import { type CreditPushRelay, createCreditPushRelay } from '../../src/credit/push-relay.ts';
import { signRequest } from '../../src/platform/connectors/request-signature.ts';
import { loadPlatformKey, type PlatformKey } from '../../src/platform/crypto/platform-key.ts';
import type { Database } from '../../src/platform/db/database.ts';
import type { ReceivedPush } from '../../src/stand-ins/credit-receiver/push-store.ts';
import { type CreditReceiver, startCreditReceiver } from '../../src/stand-ins/credit-receiver/receiver.ts';

export interface TestCreditReceiver {
  readonly receiver: CreditReceiver;
  platform: CreditPlatform;
  relay: CreditPushRelay;
  key: PlatformKey;
  dataDir: string;
  /** What the receiver holds (GET /v1/pushes). */
  received(): Promise<ReceivedPush[]>;
  /** Adds a record to the feed (a signed PUT, as the platform would). */
  addFeedRecord(record: Omit<FeedRecord, 'position'>): Promise<FeedRecord>;
  /** Sets the fault every request meets (POST /v1/faults). */
  fault(fault: { mode: 'none' | 'fail' | 'hang' } | { mode: 'slow'; delayMs: number }): Promise<void>;
  /** Stops the receiver (its port is freed) or starts it again on the same port and folder. */
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/** A request signed with `key`, as the platform's connector signs it. */
export function signedInit(key: PlatformKey, method: string, urlPath: string, body = ''): RequestInit {
  return {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...signRequest(
        { method, path: urlPath, requestId: randomUUID(), timestamp: new Date().toISOString(), body },
        key,
      ),
    },
    body: body || undefined,
  };
}

export async function startTestCreditReceiver(
  database: Database,
  now: () => Date,
): Promise<TestCreditReceiver> {
  const key = await loadPlatformKey(database.db, { sm2PrivateKey: undefined });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-credit-'));
  let receiver = await startCreditReceiver({ dataDir, trustedKeys: [key.publicKey] });
  const port = Number(new URL(receiver.url).port);
  // Short time-outs and back-offs: a stopped receiver fails fast, a test never waits long.
  const platform = httpCreditPlatform({
    baseUrl: receiver.url,
    key,
    timeoutMs: 1500,
    retries: 1,
    backoffMs: 10,
    openMs: 1,
  });
  const relay = createCreditPushRelay({ database, platform, now });
  return {
    get receiver() {
      return receiver;
    },
    platform,
    relay,
    key,
    dataDir,
    received: async () => (await (await fetch(`${receiver.url}/v1/pushes`)).json()) as ReceivedPush[],
    async addFeedRecord(record) {
      const response = await fetch(
        `${receiver.url}/v1/feeds/dishonesty`,
        signedInit(key, 'PUT', '/v1/feeds/dishonesty', JSON.stringify(record)),
      );
      if (!response.ok) throw new Error(`feed PUT: ${response.status} ${await response.text()}`);
      return (await response.json()) as FeedRecord;
    },
    async fault(fault) {
      await fetch(`${receiver.url}/v1/faults`, { method: 'POST', body: JSON.stringify(fault) });
    },
    stop: () => receiver.close(),
    async restart() {
      receiver = await startCreditReceiver({ port, dataDir, trustedKeys: [key.publicKey] });
    },
  };
}
