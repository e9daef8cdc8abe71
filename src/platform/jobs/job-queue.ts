import PgBoss from 'pg-boss';
import type { Database, RawSql, Tx } from '../db/database.ts';

/**
 * Lets the event loop serve requests and signals between the steps of a long job: PGlite answers
 * without waiting on I/O, so a loop of its queries and CPU work would otherwise hold the loop.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A durable job kind: its handler runs on whichever instance claims it, once. */
export interface JobDefinition<Data extends object = object> {
  name: string;
  /** Cron in Asia/Shanghai time, for scheduled jobs. */
  cron?: string;
  /** Also enqueue once when the instance starts, for jobs that must not wait for their first slot. */
  runAtStart?: boolean;
  /** `stopping` is aborted when the instance stops: a long handler ends at its next step. */
  handler: (data: Data, stopping: AbortSignal) => Promise<void>;
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
 * pg-boss's multi-statement commands bring their own BEGIN … COMMIT, and some fail on purpose (two
 * instances installing its schema at once: "already exists"). A failure leaves the connection inside
 * an aborted transaction, which would poison PGlite's only connection (every later query fails) or a
 * pooled one. Run them in a transaction of ours: a failure is rolled back on that same connection.
 */
const topLevelPgBossDb = (database: Database): PgBoss.Db => ({
  executeSql: (text, values) =>
    values && values.length > 0
      ? database.sql.query(text, values)
      : database.transaction((tx) => tx.sql.exec(text)),
});

const DEADLOCK = '40P01';
const SCHEMA = 'pgboss';

/**
 * Creating a new queue from two instances at once can deadlock inside pg-boss (each waits for the
 * other's queue row and partition lock); the server aborts one, whose retry finds the queue made.
 */
async function createQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(name);
    } catch (error) {
      if (attempt >= 3 || (error as { code?: string }).code !== DEADLOCK) throw error;
    }
  }
}

/**
 * Jobs in PostgreSQL through pg-boss, on a server or on PGlite alike. pg-boss claims each job with
 * SKIP LOCKED and sends each cron slot once, so several instances never run one job twice.
 */
export function createJobQueue(
  database: Database,
  options: { pollingIntervalSeconds?: number } = {},
): JobQueue {
  const boss = new PgBoss({
    db: topLevelPgBossDb(database),
    schema: SCHEMA,
    retryLimit: 5,
    retryBackoff: true,
    cronMonitorIntervalSeconds: 30,
  });
  boss.on('error', (error) => {
    // Transient failures (a busy database) are retried by pg-boss itself.
    process.emitWarning(`job queue: ${error.message}`);
  });
  let started = false;
  const stopping = new AbortController();
  return {
    async start(definitions) {
      await boss.start();
      started = true;
      for (const definition of definitions) {
        await createQueue(boss, definition.name);
        if (definition.cron)
          await boss.schedule(definition.name, definition.cron, {}, { tz: 'Asia/Shanghai' });
        await boss.work<object>(
          definition.name,
          { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async ([job]) => {
            if (job) await definition.handler(job.data, stopping.signal);
          },
        );
        if (definition.runAtStart)
          await boss.send(definition.name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
      }
    },
    async enqueue(tx, name, data, sendOptions = {}) {
      const id = await boss.send(name, data, { ...sendOptions, db: asPgBossDb(tx.sql) });
      // pg-boss answers null both for a singleton already queued and, silently, for a queue that
      // does not exist (no instance has started it): the latter would lose the job.
      if (id === null) {
        const queue = await tx.sql.query(`SELECT 1 FROM ${SCHEMA}.queue WHERE name = $1`, [name]);
        if (queue.rows.length === 0)
          throw new Error(`job queue "${name}" does not exist: no instance has started it`);
      }
    },
    async stop() {
      stopping.abort();
      if (started) await boss.stop({ graceful: true, timeout: 2000, wait: true });
      started = false;
    },
  };
}
