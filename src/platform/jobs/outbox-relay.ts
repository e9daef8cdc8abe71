import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { AnyPgColumn, PgTableWithColumns } from 'drizzle-orm/pg-core';
import { ConnectorRefusedError } from '../connectors/http-connector.ts';
import type { Database } from '../db/database.ts';
import type { JobDefinition } from './job-queue.ts';
import { type NudgedRun, nudgedRun } from './nudged-run.ts';

/**
 * The columns every outbox shares (SMS messages, credit pushes): a row waits in `pending` until its
 * next attempt is due, and a relay that claimed it holds it until its lease runs out.
 */
// biome-ignore lint/suspicious/noExplicitAny: any outbox table; its own columns stay typed for callers.
export type OutboxTable = PgTableWithColumns<any> & {
  id: AnyPgColumn;
  state: AnyPgColumn;
  attempts: AnyPgColumn;
  nextAttemptAt: AnyPgColumn;
  leaseUntil: AnyPgColumn;
  lastError: AnyPgColumn;
};

interface OutboxRow {
  id: string;
  attempts: number;
}

/** Seconds before try `attempts + 1`: 15 s, 30 s, 1 min … up to 30 min. */
export const retryDelaySeconds = (attempts: number) => Math.min(1800, 15 * 2 ** Math.max(0, attempts - 1));

const LEASE_MS = 60_000;
/** About a day of tries (the back-off tops out at 30 min); then the officer or operator sees it failed. */
const MAX_ATTEMPTS = 20;

/**
 * Delivers the due rows of an outbox once each: claims a batch with a lease (so two relays never send
 * one row at the same time; a relay that dies holding rows loses them only until the lease runs out),
 * hands each to `deliver`, and stores what it answers, or the next attempt with a growing back-off.
 * A refusal (4xx) or running out of attempts marks the row failed. Answers how many rows it handled.
 */
export async function relayOutbox<Table extends OutboxTable>(options: {
  database: Database;
  table: Table;
  now: () => Date;
  batch?: number;
  /** Sends one row; answers the columns to store (its receipt and final state). */
  deliver(row: Table['$inferSelect'], at: Date): Promise<Partial<Table['$inferInsert']>>;
}): Promise<number> {
  const { database } = options;
  // Drizzle cannot follow a generic table through its builders: the shared columns are enough here.
  const table = options.table as OutboxTable;
  const now = options.now();
  const claimed = (await database.transaction(async (tx) => {
    const due = await tx.db
      .select({ id: table.id })
      .from(table)
      .where(
        and(
          eq(table.state, 'pending'),
          lte(table.nextAttemptAt, now),
          or(isNull(table.leaseUntil), lte(table.leaseUntil, now)),
        ),
      )
      .orderBy(table.nextAttemptAt)
      .limit(options.batch ?? 20)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx.db
      .update(table)
      .set({ leaseUntil: new Date(now.getTime() + LEASE_MS) })
      .where(
        inArray(
          table.id,
          due.map((d) => d.id as string),
        ),
      )
      .returning();
  })) as Table['$inferSelect'][];
  for (const row of claimed) {
    const at = options.now();
    let change: Partial<Table['$inferInsert']>;
    try {
      change = await options.deliver(row, at);
    } catch (error) {
      const attempts = (row as OutboxRow).attempts + 1;
      const refused = error instanceof ConnectorRefusedError;
      change = {
        state: refused || attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        attempts,
        nextAttemptAt: new Date(at.getTime() + retryDelaySeconds(attempts) * 1000),
        lastError: describeFailure(error).slice(0, 500),
      } as Partial<Table['$inferInsert']>;
    }
    await database.db
      .update(table)
      .set({ ...change, leaseUntil: null })
      .where(eq(table.id, (row as OutboxRow).id));
  }
  return claimed.length;
}

/** What the officer reads of a failure: a refusal with the receiver's own words. */
const describeFailure = (error: unknown) =>
  error instanceof ConnectorRefusedError
    ? `${error.message}: ${error.body}`
    : error instanceof Error
      ? error.message
      : String(error);

export interface OutboxRelay extends NudgedRun {
  /** Relays what is due now, until nothing is. */
  runOnce(data?: object, stopping?: AbortSignal): Promise<void>;
  /** The job that relays every minute on whichever instance claims it, and at start. */
  job(): JobDefinition;
}

/**
 * An outbox's relay as the application runs it: batches until nothing is due, a nudge after a change
 * queued a row (best effort: the outbox and the job guarantee delivery), and the minute job.
 */
export function outboxRelay(options: {
  jobName: string;
  relayBatch: () => Promise<number>;
  onError?: (error: unknown) => void;
}): OutboxRelay {
  const runOnce = async (_data?: object, stopping?: AbortSignal) => {
    while (!stopping?.aborted) {
      if ((await options.relayBatch()) === 0) return;
    }
  };
  return {
    runOnce,
    ...nudgedRun(() => runOnce(), options.onError),
    job: () => ({ name: options.jobName, cron: '* * * * *', runAtStart: true, handler: runOnce }),
  };
}
