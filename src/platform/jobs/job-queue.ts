import PgBoss from 'pg-boss';
import type { Database, RawSql, Tx } from '../db/database.ts';

/** A durable job kind: its handler runs on whichever instance claims it, once. */
export interface JobDefinition<Data extends object = object> {
  name: string;
  /** Cron in Asia/Shanghai time, for scheduled jobs. */
  cron?: string;
  /** Also enqueue once when the instance starts, for jobs that must not wait for their first slot. */
  runAtStart?: boolean;
  handler: (data: Data) => Promise<void>;
}

export interface JobQueue {
  start(definitions: JobDefinition[]): Promise<void>;
  /** Enqueues within the caller's transaction, so the job exists if and only if the change commits. */
  enqueue(
    tx: Tx,
    name: string,
    data: object,
    options?: { singletonKey?: string; startAfter?: Date },
  ): Promise<void>;
  stop(): Promise<void>;
}

const asPgBossDb = (sql: RawSql): PgBoss.Db => ({
  // Parameterless SQL from pg-boss is its multi-statement migrations; PGlite runs those with exec.
  executeSql: (text, values) => (values && values.length > 0 ? sql.query(text, values) : sql.exec(text)),
});

/**
 * Jobs in PostgreSQL through pg-boss, on a server or on PGlite alike. pg-boss claims each job with
 * SKIP LOCKED and sends each cron slot once, so several instances never run one job twice.
 */
export function createJobQueue(
  database: Database,
  options: { pollingIntervalSeconds?: number } = {},
): JobQueue {
  const boss = new PgBoss({
    db: asPgBossDb(database.sql),
    schema: 'pgboss',
    retryLimit: 5,
    retryBackoff: true,
    cronMonitorIntervalSeconds: 30,
  });
  boss.on('error', (error) => {
    // Transient failures (a busy database) are retried by pg-boss itself.
    process.emitWarning(`job queue: ${error.message}`);
  });
  let started = false;
  return {
    async start(definitions) {
      await boss.start();
      started = true;
      for (const definition of definitions) {
        await boss.createQueue(definition.name);
        if (definition.cron)
          await boss.schedule(definition.name, definition.cron, {}, { tz: 'Asia/Shanghai' });
        await boss.work<object>(
          definition.name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async ([job]) => {
            if (job) await definition.handler(job.data);
          },
        );
        if (definition.runAtStart)
          await boss.send(definition.name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
      }
    },
    async enqueue(tx, name, data, sendOptions = {}) {
      await boss.send(name, data, { ...sendOptions, db: asPgBossDb(tx.sql) });
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, timeout: 2000, wait: true });
      started = false;
    },
  };
}
