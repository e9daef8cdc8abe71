// `npm run audit:verify`: recomputes every audit chain (GOV-5) and reports the first broken link.

import { verifyAuditTrail } from '../platform/audit/verify-audit-trail.ts';
import { loadConfig } from '../platform/config.ts';
import { DataFolderLockedError } from '../platform/db/data-folder-lock.ts';
import { openConfiguredDatabase } from '../platform/db/open.ts';

const config = loadConfig();
const database = await openConfiguredDatabase(config).catch((error: unknown) => {
  process.stderr.write(`${error instanceof DataFolderLockedError ? error.message : String(error)}\n`);
  process.exit(2);
});
try {
  const reports = await verifyAuditTrail(database.db);
  let broken = 0;
  for (const report of reports) {
    if (report.firstBreak) {
      broken++;
      const b = report.firstBreak;
      process.stdout.write(
        `chain ${report.chain}: BROKEN at seq ${b.seq} (entry id ${b.entryId}): ${b.reason}\n`,
      );
    } else {
      process.stdout.write(`chain ${report.chain}: ok, ${report.entries} entries\n`);
    }
  }
  process.stdout.write(broken ? `${broken} chain(s) broken\n` : `all ${reports.length} chains intact\n`);
  process.exitCode = broken ? 1 : 0;
} finally {
  await database.close();
}
