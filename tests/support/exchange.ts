// VER-2 in tests: the data-sharing stand-in on a free port with its own (temporary) folder, trusting
// the test database's platform key, and the platform's runner of online checks through its connector.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecordType } from '../../src/common/shared-records.ts';
import { signRequest } from '../../src/platform/connectors/request-signature.ts';
import { loadPlatformKey, type PlatformKey } from '../../src/platform/crypto/platform-key.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { type Exchange, startExchange } from '../../src/stand-ins/exchange/service.ts';
import {
  createOnlineCheckRunner,
  type OnlineCheckRunner,
} from '../../src/verification/online-check-runner.ts';
import { httpSharedDataSource } from '../../src/verification/shared-data-source.ts';

export interface TestExchange {
  exchange: Exchange;
  runner: OnlineCheckRunner;
  key: PlatformKey;
  dataDir: string;
  /** Replaces what the service holds for a subject and record type (a signed PUT, as the platform would). */
  put(recordType: RecordType, identifier: string, name: string, records: unknown[]): Promise<void>;
  /** Stops the service (its port is freed) or starts it again on the same port and folder. */
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export async function startTestExchange(database: Database, now: () => Date): Promise<TestExchange> {
  const key = await loadPlatformKey(database.db, { sm2PrivateKey: undefined });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-exchange-'));
  let exchange = await startExchange({ dataDir, trustedKeys: [key.publicKey] });
  const port = Number(new URL(exchange.url).port);
  const runner = createOnlineCheckRunner({
    database,
    // Short time-outs and back-offs: a stopped service fails fast, a test never waits long.
    source: httpSharedDataSource({
      baseUrl: exchange.url,
      key,
      answerKey: exchange.publicKey,
      timeoutMs: 1500,
      retries: 1,
      backoffMs: 10,
      openMs: 1,
    }),
    now,
  });
  const handle: TestExchange = {
    get exchange() {
      return exchange;
    },
    runner,
    key,
    dataDir,
    async put(recordType, identifier, name, records) {
      const urlPath = `/v1/records/${recordType}/${identifier}`;
      const body = JSON.stringify({ name, records });
      const response = await fetch(`${exchange.url}${urlPath}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...signRequest(
            {
              method: 'PUT',
              path: urlPath,
              requestId: randomUUID(),
              timestamp: new Date().toISOString(),
              body,
            },
            key,
          ),
        },
        body,
      });
      if (!response.ok)
        throw new Error(`exchange PUT ${urlPath}: ${response.status} ${await response.text()}`);
    },
    stop: () => exchange.close(),
    async restart() {
      exchange = await startExchange({ port, dataDir, trustedKeys: [key.publicKey] });
    },
  };
  return handle;
}
