import { renderLettersJob } from './cases/render-letters-job.ts';
import { deadlineScanJob } from './inbox/deadline-scan-job.ts';
import { connectOutsideSystems } from './outside-systems.ts';
import type { Config } from './platform/config.ts';
import { loadPlatformKey } from './platform/crypto/platform-key.ts';
import { DataFolderLockedError } from './platform/db/data-folder-lock.ts';
import { databaseUnavailable } from './platform/db/database-errors.ts';
import { openConfiguredDatabase } from './platform/db/open.ts';
import type { StartingServer } from './platform/http/starting-server.ts';
import { createJobQueue } from './platform/jobs/job-queue.ts';
import { prepareDatabase } from './prepare-database.ts';
import { createServer } from './server.ts';
import { inspectionDrawJob } from './supervision/draw-plan.ts';
import { assistanceEscalationJob } from './verification/assistance-escalation.ts';

const SHUTDOWN_LIMIT_MS = 4500;

/**
 * Everything `npm start` does after the port is open: the database opened and prepared, the outside
 * systems connected, the application built on the listening server and handed its requests, the
 * background jobs started, and a clean stop on SIGTERM.
 */
export async function startApplication(options: {
  config: Config;
  starting: StartingServer;
  /** When the port opened, in ms since the process started (logged with the time to ready). */
  listeningMs: number;
  fail(message: string): never;
}): Promise<void> {
  const { config, starting, fail } = options;
  const database = await openConfiguredDatabase(config).catch((error: unknown) => {
    if (error instanceof DataFolderLockedError) fail(error.message);
    throw error;
  });
  const prepared = await prepareDatabase({ config, database, now: new Date() });
  const platformKey = await loadPlatformKey(database.db, config);
  let log: (error: unknown) => void = () => {};
  const outside = await connectOutsideSystems({
    config,
    database,
    platformKey,
    demoLoaded: prepared.demoLoaded,
    onError: (error) => log(error),
  });
  // The demo just loaded queued its credit pushes: deliver them before the first visitor looks (CRED-6).
  if (prepared.demoLoaded && config.jobsEnabled) await outside.creditPushes.runOnce();
  const app = await createServer({
    config,
    database,
    platformKey,
    messages: outside.messages,
    onlineChecks: outside.onlineChecks,
    creditPushes: outside.creditPushes,
    serverFactory: starting.serverFactory,
  });
  log = (error) => app.log.warn({ err: error }, 'message relay');
  const jobs = createJobQueue(database);
  if (config.jobsEnabled)
    await jobs.start([
      deadlineScanJob(database, () => new Date()),
      renderLettersJob(database),
      outside.messages.job(),
      outside.onlineChecks.job(),
      outside.creditPushes.job(),
      outside.creditFeed,
      assistanceEscalationJob(database, () => new Date()),
      inspectionDrawJob(database, () => new Date()),
    ]);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    app.log.warn({ signal, inFlight: app.requestsInFlight() }, 'stopping');
    setTimeout(() => {
      app.log.error(
        { unanswered: app.requestsInFlight(), ms: Date.now() - started },
        'stop took too long; exiting',
      );
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    await app.stopGracefully();
    await jobs.stop();
    await outside.close();
    await database.close();
    app.log.warn({ unanswered: app.requestsInFlight(), ms: Date.now() - started }, 'stopped');
    process.exit(0);
  };
  // A library that loses a promise while the database is away (pg-boss recording a job's failure)
  // must not end the server: the database comes back, and the job is retried. Anything else is a bug.
  process.on('unhandledRejection', (reason) => {
    if (databaseUnavailable(reason)) {
      app.log.warn({ err: reason }, 'database unavailable (in the background)');
      return;
    }
    app.log.fatal({ err: reason }, 'unhandled rejection');
    void stop('unhandledRejection');
  });
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await starting.serve(app);
  app.log.info(
    {
      database: database.kind,
      migrations: prepared.migrations,
      demoLoaded: prepared.demoLoaded,
      standIns: outside.standIns.map((s) => s.url),
      listeningMs: Math.round(options.listeningMs),
      readyMs: Math.round(performance.now()),
    },
    `Chengnuo 承诺 serving http://localhost:${config.port}`,
  );
}
