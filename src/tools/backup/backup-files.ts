import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { EmbeddedDatabase } from '../../platform/db/pglite.ts';
import { openPglite } from '../../platform/db/pglite.ts';
import type { IntegrityReport } from './integrity-report.ts';

const run = promisify(execFile);

/** A backup is two files: the dump (`.tar.gz` of PGlite, or `pg_dump -Fc`) and its report beside it. */
export const reportFileOf = (file: string) => `${file}.report.json`;

export function writeReport(file: string, report: IntegrityReport & { kind: string; at: string }) {
  writeFileSync(reportFileOf(file), `${JSON.stringify(report, null, 2)}\n`);
}

export const readReport = (file: string) =>
  JSON.parse(readFileSync(reportFileOf(file), 'utf8')) as IntegrityReport & { kind: 'pglite' | 'postgres' };

/** PGlite: the whole data folder as a gzipped tar, taken inside the process that holds it. */
export async function dumpPglite(database: EmbeddedDatabase, file: string): Promise<void> {
  const image = await database.dumpImage('gzip');
  writeFileSync(file, Buffer.from(await image.arrayBuffer()));
}

/** PGlite: a new data folder from a dump. */
export async function loadPglite(file: string, dataDir: string): Promise<EmbeddedDatabase> {
  return openPglite({ dataDir, image: new Blob([readFileSync(file)]) });
}

/** PostgreSQL: `pg_dump` in its custom format (the server's own tool, PostgreSQL 15 or later). */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, url]);
}

/**
 * PostgreSQL: into an empty database (create it first), with `pg_restore`. The session says it is
 * restoring, so the trigger freezing approved plans' pools (SUP-1) lets their rows back in.
 */
export async function loadPostgres(url: string, file: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', url, file], {
    env: { ...process.env, PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c chengnuo.restoring=on`.trim() },
  });
}
