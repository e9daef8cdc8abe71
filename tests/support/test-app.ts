// One fresh database and application per test file, called in-process as different users.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import type { CreditPushRelay } from '../../src/credit/push-relay.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { loadFieldKey } from '../../src/platform/crypto/field-key.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import type { MessageRelay } from '../../src/platform/messaging/message-relay.ts';
import { createServer } from '../../src/server.ts';
import type { OnlineCheckRunner } from '../../src/verification/online-check-runner.ts';
import { type DatabaseTemplate, databaseUrlFor, saveImage } from './database-template.ts';
import { DEMO_PASSWORD, TEST_NOW } from './fixed-time.ts';

/**
 * A template's image as PGlite reads it. PGlite asks for its bytes (`arrayBuffer`), which a plain
 * Blob hands over in small chunks, copied and joined (some 0.5 s for the 50 MB image): this one
 * answers one copy of the bytes read once per process (test files of the API project share their
 * worker process: `isolate: false`).
 */
class ImageBlob extends Blob {
  readonly #content: Uint8Array<ArrayBuffer>;
  constructor(content: Uint8Array<ArrayBuffer>) {
    super([]);
    this.#content = content;
  }
  override get size() {
    return this.#content.byteLength;
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#content.slice().buffer;
  }
  // Any other reading goes through an ordinary Blob of the same bytes.
  override stream() {
    return new Blob([this.#content]).stream();
  }
  override text() {
    return new Blob([this.#content]).text();
  }
  override slice(start?: number, end?: number, type?: string) {
    return new Blob([this.#content]).slice(start, end, type);
  }
}
const images = new Map<string, Uint8Array<ArrayBuffer>>();

/** The image of a PGlite template, to open a copy of it (`openPglite({ image })`). */
export function templateImage(imageFile: string): Blob {
  let bytes = images.get(imageFile);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(imageFile));
    images.set(imageFile, bytes);
  }
  return new ImageBlob(bytes);
}

/** A fresh copy of the migrated demo database (PGlite image, or a PostgreSQL template copy). */
export async function freshDatabase(template = inject('databaseTemplate')): Promise<Database> {
  return (await templateCopy(template)).database;
}

/**
 * A fresh copy of `template` that can become a template itself: `keep` closes it (through `close`,
 * which must close the database) and answers a template of what it then holds — an image in `dir`,
 * or the PostgreSQL database itself, dropped with the run's template.
 */
export async function templateCopy(template: DatabaseTemplate): Promise<{
  database: Database;
  keep(dir: string, close: () => Promise<void>): Promise<DatabaseTemplate>;
}> {
  if (template.kind === 'pglite') {
    const database = await openPglite({ image: templateImage(template.imageFile) });
    await withFieldKey(database);
    return {
      database,
      async keep(dir, close) {
        const imageFile = path.join(dir, `${randomUUID()}.tar`);
        await saveImage(database, imageFile);
        await close();
        return { kind: 'pglite', imageFile };
      },
    };
  }
  const url = await freshPostgresUrl({ template });
  const database = await openPostgres({ url });
  await withFieldKey(database);
  return {
    database,
    async keep(_dir, close) {
      // PostgreSQL copies a database only while nobody is connected to it.
      await close();
      return { ...template, template: new URL(url).pathname.slice(1) };
    },
  };
}

/** A copy's personal data is encrypted with the template's key, kept in the database in tests. */
const withFieldKey = (database: Database) => loadFieldKey(database.db, { fieldKey: undefined });

/**
 * PostgreSQL suite only: creates a fresh copy of the demo database (or of `template`; or, with
 * `empty`, a database with nothing in it) and answers its URL, for tests that open several
 * connections to one database. It is dropped with the run's template at the end of the run.
 */
export async function freshPostgresUrl(
  options: { empty?: boolean; template?: DatabaseTemplate } = {},
): Promise<string> {
  const template = options.template ?? inject('databaseTemplate');
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

/** What a client keeps of a session: enough to resume it on a copy of its database. */
export interface SessionKeys {
  username: string;
  csrfToken: string;
  cookies: Record<string, string>;
}

export interface Session extends SessionKeys {
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
  /** A session opened earlier, on this database or on the one it was copied from. */
  resume(keys: SessionKeys): Session;
  anonymous(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    database?: Database;
    messages?: MessageRelay;
    onlineChecks?: OnlineCheckRunner;
    creditPushes?: CreditPushRelay;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await freshDatabase());
  const clock = { now: new Date(TEST_NOW) };
  const app = await createServer({
    config: testConfig(options.env),
    database,
    clock: () => clock.now,
    logger: false,
    messages: options.messages,
    onlineChecks: options.onlineChecks,
    creditPushes: options.creditPushes,
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
  const resume = ({ username, csrfToken, cookies }: SessionKeys): Session => ({
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
      return resume({ username, csrfToken: response.json().csrfToken as string, cookies });
    },
    resume,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
