// Vitest global setup of the API suite: builds one migrated database with the demo data, once, and
// hands its location to every test file, which starts from a copy of it (a second, not a minute).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/platform/config.ts';
import { type EmbeddedDatabase, openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { prepareDatabase } from '../../src/prepare-database.ts';
import { TEST_NOW } from './fixed-time.ts';

export type DatabaseTemplate =
  | { kind: 'pglite'; imageFile: string }
  | { kind: 'postgres'; url: string; template: string };

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
    /** A folder of this run, removed at its end, where test files leave what they share. */
    runDirectory: string;
  }
}

const testConfig = () => loadConfig({ NODE_ENV: 'test', CHENGNUO_FAST_HASH: '1', CHENGNUO_DEMO: '1' }, []);

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Writes the embedded database's data folder to `file`, to start copies from. */
export async function saveImage(database: EmbeddedDatabase, file: string): Promise<void> {
  writeFileSync(file, Buffer.from(await (await database.dumpImage()).arrayBuffer()));
}

export default async function setup(project: TestProject) {
  const runDirectory = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-test-'));
  project.provide('runDirectory', runDirectory);
  const removeRunDirectory = () => rmSync(runDirectory, { recursive: true, force: true });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite({});
    await prepareDatabase({ config: testConfig(), database, now: TEST_NOW });
    const imageFile = path.join(runDirectory, 'template.tar');
    await saveImage(database, imageFile);
    await database.close();
    project.provide('databaseTemplate', { kind: 'pglite', imageFile });
    return removeRunDirectory;
  }
  const template = `cn_tpl_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const database = await openPostgres({ url: databaseUrlFor(serverUrl, template) });
  await prepareDatabase({ config: testConfig(), database, now: TEST_NOW });
  await database.close();
  project.provide('databaseTemplate', { kind: 'postgres', url: serverUrl, template });
  return async () => {
    // Copies made by test files are named after the template; drop them all with it.
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${template}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    removeRunDirectory();
  };
}
