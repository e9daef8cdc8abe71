import { renderLettersJob } from './cases/render-letters-job.ts';
import { deadlineScanJob } from './inbox/deadline-scan-job.ts';
import { connectOutsideSystems } from './outside-systems.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { loadPlatformKey } from './platform/crypto/platform-key.ts';
import { DataFolderLockedError } from './platform/db/data-folder-lock.ts';
import { databaseUnavailable } from './platform/db/database-errors.ts';
import { openConfiguredDatabase } from './platform/db/open.ts';
import { createJobQueue } from './platform/jobs/job-queue.ts';
import { prepareDatabase } from './prepare-database.ts';
import { createServer } from './server.ts';
import { inspectionDrawJob } from './supervision/draw-plan.ts';
import { assistanceEscalationJob } from './verification/assistance-escalation.ts';

const SHUTDOWN_LIMIT_MS = 4500;

function fail(message: string): never {
  process.stderr.write(`chengnuo: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
    throw error;
  }
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
    onError: (error) => log(error),
  });
  const app = await createServer({
    config,
    database,
    platformKey,
    messages: outside.messages,
    onlineChecks: outside.onlineChecks,
  });
  log = (error) => app.log.warn({ err: error }, 'message relay');
  const jobs = createJobQueue(database);
  if (config.jobsEnabled)
    await jobs.start([
      deadlineScanJob(database, () => new Date()),
      renderLettersJob(database),
      outside.messages.job(),
      outside.onlineChecks.job(),
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

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      database: database.kind,
      migrations: prepared.migrations,
      demoLoaded: prepared.demoLoaded,
      standIns: outside.standIns.map((s) => s.url),
    },
    `Chengnuo 承诺 serving http://localhost:${config.port}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `chengnuo: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
