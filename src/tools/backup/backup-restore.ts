import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../platform/config.ts';
import { lockDataFolder } from '../../platform/db/data-folder-lock.ts';
import { openConfiguredDatabase } from '../../platform/db/open.ts';
import { openPostgres } from '../../platform/db/postgres.ts';
import {
  dumpPglite,
  dumpPostgres,
  loadPglite,
  loadPostgres,
  readReport,
  reportFileOf,
  writeReport,
} from './backup-files.ts';
import { compareReports, type IntegrityReport, integrityReport } from './integrity-report.ts';

type Where = Pick<Config, 'databaseUrl' | 'dataDir'>;

/**
 * Backs the configured database up into `file` (PGlite: a gzipped image of the data folder, taken
 * while this process holds its lock, so the server must be stopped; PostgreSQL: `pg_dump`, online),
 * with a report of what it holds beside it to check a restore against.
 */
export async function backUp(where: Where, file: string, now: Date): Promise<IntegrityReport> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = await openConfiguredDatabase(where);
  try {
    const report = await integrityReport(database);
    if (where.databaseUrl) await dumpPostgres(where.databaseUrl, file);
    else await dumpPglite(database as Parameters<typeof dumpPglite>[0], file);
    writeReport(file, { ...report, kind: where.databaseUrl ? 'postgres' : 'pglite', at: now.toISOString() });
    return report;
  } finally {
    await database.close();
  }
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/**
 * Restores `file` into the configured place — an empty data folder (or, with `force`, one whose
 * database is moved aside first), or an empty PostgreSQL database — then checks it against the
 * backup's report: same rows per table, every audit chain intact, every stored document's SM3.
 */
export async function restore(
  where: Where,
  file: string,
  options: { force: boolean; now: Date },
): Promise<{ report: IntegrityReport; problems: string[] }> {
  if (!existsSync(file) || !existsSync(reportFileOf(file)))
    throw new RestoreRefusedError(`${file} or its report ${reportFileOf(file)} is missing`);
  const expected = readReport(file);
  if (where.databaseUrl) {
    if (expected.kind !== 'postgres')
      throw new RestoreRefusedError('this backup is of PGlite; restore it without DATABASE_URL');
    const target = await openPostgres({ url: where.databaseUrl });
    const { rows } = await target.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    await target.close();
    if (Number(rows[0]!.n) > 0)
      throw new RestoreRefusedError('the target database is not empty: restore into a new, empty database');
    await loadPostgres(where.databaseUrl, file);
    const restored = await openPostgres({ url: where.databaseUrl });
    try {
      const report = await integrityReport(restored);
      return { report, problems: compareReports(expected, report) };
    } finally {
      await restored.close();
    }
  }
  if (expected.kind !== 'pglite')
    throw new RestoreRefusedError('this backup is of PostgreSQL; restore it with DATABASE_URL');
  const lock = lockDataFolder(where.dataDir);
  try {
    const pgdata = path.join(where.dataDir, 'pgdata');
    if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
      if (!options.force)
        throw new RestoreRefusedError(
          `${pgdata} holds a database; give --force to move it aside and restore`,
        );
      renameSync(pgdata, `${pgdata}.before-restore-${options.now.toISOString().replace(/[:.]/g, '-')}`);
    }
    const restored = await loadPglite(file, pgdata);
    try {
      const report = await integrityReport(restored);
      return { report, problems: compareReports(expected, report) };
    } finally {
      await restored.close();
    }
  } finally {
    lock.release();
  }
}
