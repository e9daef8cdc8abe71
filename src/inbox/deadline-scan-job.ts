import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { Database } from '../platform/db/database.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import { scanDeadlines } from './scan-deadlines.ts';

/** GOV-4: the daily deadline scan, at 08:00 Shanghai time and once when an instance starts. */
export function deadlineScanJob(database: Database, clock: () => Date): JobDefinition {
  return {
    name: 'deadline-scan',
    cron: '0 8 * * *',
    runAtStart: true,
    handler: async () => {
      await scanDeadlines({ database, now: clock(), calendar: await loadWorkingCalendar(database.db) });
    },
  };
}
