// One fresh database and application per test file, called in-process as different users.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { loadFieldKey } from '../../src/platform/crypto/field-key.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import type { MessageRelay } from '../../src/platform/messaging/message-relay.ts';
import { createServer } from '../../src/server.ts';
import { databaseUrlFor } from './database-template.ts';
import { DEMO_PASSWORD, TEST_NOW } from './fixed-time.ts';

/** A fresh copy of the migrated demo database (PGlite image, or a PostgreSQL template copy). */
export async function freshDatabase(): Promise<Database> {
  const template = inject('databaseTemplate');
  const database =
    template.kind === 'pglite'
      ? await openPglite({ image: new Blob([readFileSync(template.imageFile)]) })
      : await openPostgres({ url: await freshPostgresUrl() });
  // Its personal data is encrypted with the template's key, kept in the database in tests.
  await loadFieldKey(database.db, { fieldKey: undefined });
  return database;
}

/**
 * PostgreSQL suite only: creates a fresh copy of the demo database (or, with `empty`, a database with
 * nothing in it) and answers its URL, for tests that open several connections to one database.
 * It is dropped with the template at the end of the run.
 */
export async function freshPostgresUrl(options: { empty?: boolean } = {}): Promise<string> {
  const template = inject('databaseTemplate');
  if (template.kind !== 'postgres') throw new Error('freshPostgresUrl needs DATABASE_URL');
  const name = `${template.template}_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: template.url });
  await admin.connect();
  try {
    await admin.query(
      options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template.template}`,
    );
  } finally {
    await admin.end();
  }
  return databaseUrlFor(template.url, name);
}

export const testConfig = (env: Record<string, string> = {}) =>
  loadConfig(
    { NODE_ENV: 'test', CHENGNUO_FAST_HASH: '1', LOGINS_PER_ADDRESS_PER_MINUTE: '10000', ...env },
    [],
  );

export interface Session {
  username: string;
  csrfToken: string;
  cookies: Record<string, string>;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: { now: Date };
  login(username: string, password?: string): Promise<Session>;
  anonymous(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { env?: Record<string, string>; database?: Database; messages?: MessageRelay } = {},
): Promise<TestApp> {
  const database = options.database ?? (await freshDatabase());
  const clock = { now: new Date(TEST_NOW) };
  const app = await createServer({
    config: testConfig(options.env),
    database,
    clock: () => clock.now,
    logger: false,
    messages: options.messages,
  });
  await app.ready();
  const send = (
    method: string,
    url: string,
    body: unknown,
    headers: Record<string, string>,
    cookies?: Record<string, string>,
  ) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      cookies,
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    app,
    database,
    clock,
    anonymous: (method, url, body) => send(method, url, body, {}),
    async login(username, password = DEMO_PASSWORD) {
      const response = await send('POST', '/api/auth/login', { username, password }, {});
      if (response.statusCode !== 200)
        throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
      const csrfToken = response.json().csrfToken as string;
      return {
        username,
        csrfToken,
        cookies,
        request: (method, url, body, headers = {}) =>
          send(
            method,
            url,
            body,
            { ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...headers },
            cookies,
          ),
      };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
