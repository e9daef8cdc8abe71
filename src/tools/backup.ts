// `npm run backup [-- file]`: backs the configured database up (PGlite: stop the server first).
import path from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { DataFolderLockedError } from '../platform/db/data-folder-lock.ts';
import { reportFileOf } from './backup/backup-files.ts';
import { backUp } from './backup/backup-restore.ts';

const config = loadConfig();
const now = new Date();
const stamp = now.toISOString().replace(/[:.]/g, '-');
const file = path.resolve(
  process.argv[2] ?? `backups/chengnuo-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`,
);
try {
  const report = await backUp(config, file, now);
  const rows = Object.values(report.rows).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `backup written: ${file}\n  ${rows} rows in ${Object.keys(report.rows).length} tables, ` +
      `${report.auditChains.length} audit chains, ${report.documents.total} stored documents\n` +
      `  report: ${reportFileOf(file)}\n`,
  );
} catch (error) {
  process.stderr.write(
    error instanceof DataFolderLockedError
      ? `${error.message}\n(stop the server, back up, start it again)\n`
      : `backup failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
