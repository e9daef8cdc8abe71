import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase, freshPostgresUrl } from '../../../tests/support/test-app.ts';
import type { Database } from '../db/database.ts';
import { openPostgres } from '../db/postgres.ts';
import { createJobQueue, type JobQueue } from './job-queue.ts';

const JOB = 'probe-job';
const JOBS = 40;

/**
 * two instances sharing one database. On a server: two connection pools to one database, as two
 * processes would have; on PGlite (one process per folder) two queues over the same database.
 */
async function twoInstances(): Promise<[Database, Database]> {
  if (process.env.DATABASE_URL) {
    const url = await freshPostgresUrl();
    return Promise.all([openPostgres({ url }), openPostgres({ url })]);
  }
  const database = await freshDatabase();
  return [database, database];
}

describe('Q-5 job queue: two instances on one database never run a job twice', () => {
  let databases: [Database, Database];
  let queues: [JobQueue, JobQueue];
  const runs: { instance: number; id: string }[] = [];

  beforeAll(async () => {
    databases = await twoInstances();
    queues = [
      createJobQueue(databases[0], { pollingIntervalSeconds: 0.5 }),
      createJobQueue(databases[1], { pollingIntervalSeconds: 0.5 }),
    ];
    // Both start at once, as two instances of a deployment do (pg-boss installs its schema once).
    await Promise.all(
      queues.map((queue, instance) =>
        queue.start([
          {
            name: JOB,
            handler: async (data) => {
              runs.push({ instance, id: (data as { id: string }).id });
            },
          },
        ]),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.stop()));
    await databases[0].close();
    if (databases[1] !== databases[0]) await databases[1].close();
  });

  const jobStates = async () => {
    const { rows } = await databases[0].sql.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state',
      [JOB],
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  };

  it('refuses to enqueue into a queue no instance has started, rather than losing the job', async () => {
    await expect(
      databases[0].transaction((tx) => queues[0].enqueue(tx, 'nobody-works-this', { id: 'lost' })),
    ).rejects.toThrow(/does not exist/);
  });

  it('runs each of 40 jobs enqueued in transactions exactly once; a rolled-back enqueue never runs', async () => {
    for (let i = 0; i < JOBS - 1; i++) {
      // Half the changes happen on each instance.
      const [database, queue] = [databases[i % 2]!, queues[i % 2]!];
      await database.transaction((tx) => queue.enqueue(tx, JOB, { id: `job-${i}` }));
    }
    // An instance whose workers are off (CHENGNUO_JOBS=0) still enqueues; a working one runs it.
    const idle = createJobQueue(databases[1]);
    await databases[1].transaction((tx) => idle.enqueue(tx, JOB, { id: `job-${JOBS - 1}` }));
    await expect(
      databases[1].transaction(async (tx) => {
        await queues[1].enqueue(tx, JOB, { id: 'rolled-back' });
        throw new Error('the change fails after enqueueing');
      }),
    ).rejects.toThrow('the change fails after enqueueing');

    await vi.waitFor(async () => expect(await jobStates()).toEqual({ completed: JOBS }), {
      timeout: 90_000,
      interval: 250,
    });
    // Stopping waits for running handlers, so every execution is counted below.
    await Promise.all(queues.map((queue) => queue.stop()));

    const perJob = new Map<string, number>();
    for (const run of runs) perJob.set(run.id, (perJob.get(run.id) ?? 0) + 1);
    expect([...perJob.keys()].sort()).toEqual(Array.from({ length: JOBS }, (_, i) => `job-${i}`).sort());
    expect([...perJob.values()].every((n) => n === 1)).toBe(true);
    expect(runs).toHaveLength(JOBS);

    const { rows } = await databases[0].sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'id' = 'rolled-back'`,
      [JOB],
    );
    expect(rows[0]!.n).toBe(0);
  }, 120_000);
});
