import type { Database } from '../platform/db/database.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import { renderPendingCaseDocuments } from './case-documents.ts';

/** DOC-6 for cases: every minute, the letters submitted since are rendered to PDF and stored. */
export function renderLettersJob(database: Database): JobDefinition {
  return {
    name: 'case-letters-render',
    cron: '* * * * *',
    runAtStart: true,
    handler: async () => {
      while ((await renderPendingCaseDocuments(database)) > 0);
    },
  };
}
