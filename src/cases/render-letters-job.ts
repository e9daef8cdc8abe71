import type { Database } from '../platform/db/database.ts';
import { type JobDefinition, yieldToEventLoop } from '../platform/jobs/job-queue.ts';
import { renderPendingCaseDocuments } from './case-documents.ts';

/** DOC-6 for cases: every minute, the letters submitted since are rendered to PDF and stored. */
export function renderLettersJob(database: Database): JobDefinition {
  return {
    name: 'case-letters-render',
    cron: '* * * * *',
    runAtStart: true,
    handler: async (_data, stopping) => {
      // A document at a time between checks: a stopping instance finishes within one rendering.
      while (!stopping.aborted && (await renderPendingCaseDocuments(database, 1)) > 0)
        await yieldToEventLoop();
    },
  };
}
