import { systemActor } from '../platform/audit/record.ts';
import type { Database } from '../platform/db/database.ts';
import type { JobDefinition } from '../platform/jobs/job-queue.ts';
import { type NudgedRun, nudgedRun } from '../platform/jobs/nudged-run.ts';
import { runDueOnlineChecks } from './online-checks.ts';
import type { SharedDataSource } from './shared-data-source.ts';

/** The platform's own checks, made on behalf of the agency whose task it is (VER-8 names both). */
export const SCHEDULED_CHECKER = systemActor('平台线上核查（自动）');

export interface OnlineCheckRunner extends NudgedRun {
  readonly source: SharedDataSource;
  runOnce(data?: object, stopping?: AbortSignal): Promise<void>;
  /** Every minute on whichever instance claims it, and at start. */
  job(): JobDefinition;
}

/**
 * VER-2 as a durable job: due checks are rows of verification_tasks (written with the decision), so a
 * check is never lost; each is claimed with a lease, so none runs twice; a service that is down
 * leaves the task due again later, never done without a result.
 */
export function createOnlineCheckRunner(options: {
  database: Database;
  source: SharedDataSource;
  now: () => Date;
  onError?: (error: unknown) => void;
}): OnlineCheckRunner {
  const runOnce = async (_data?: object, stopping?: AbortSignal) => {
    while (!stopping?.aborted) {
      const runs = await runDueOnlineChecks({ ...options, actor: SCHEDULED_CHECKER });
      if (runs.length === 0 || runs.every((r) => r.kind === 'retrying')) return;
    }
  };
  return {
    source: options.source,
    runOnce,
    ...nudgedRun(() => runOnce(), options.onError),
    job: () => ({ name: 'online-verification', cron: '* * * * *', runAtStart: true, handler: runOnce }),
  };
}
