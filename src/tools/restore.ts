// `npm run restore -- file [--force]`: restores a backup into the configured place and checks it.
import path from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { DataFolderLockedError } from '../platform/db/data-folder-lock.ts';
import { RestoreRefusedError, restore } from './backup/backup-restore.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run restore -- <backup file> [--force]\n');
  process.exit(2);
}
try {
  const { report, problems } = await restore(loadConfig(), path.resolve(file), {
    force: args.includes('--force'),
    now: new Date(),
  });
  const rows = Object.values(report.rows).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `restored ${rows} rows; ${report.auditChains.length} audit chains, ` +
      `${report.documents.intact}/${report.documents.total} stored documents match their SM3\n`,
  );
  for (const problem of problems) process.stdout.write(`  MISMATCH ${problem}\n`);
  process.stdout.write(
    problems.length ? 'restore does not match the backup\n' : 'restore matches the backup\n',
  );
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  const known = error instanceof RestoreRefusedError || error instanceof DataFolderLockedError;
  process.stderr.write(`restore refused: ${known ? error.message : String(error)}\n`);
  process.exit(1);
}
