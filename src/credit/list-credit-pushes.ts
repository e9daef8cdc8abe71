import { and, desc, eq, sql } from 'drizzle-orm';
import { pushWorkflow } from '../common/push-states.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { creditPushes, type PushState, pushStates } from './schema.ts';

const LIMIT = 500;

/**
 * CRED-6: the pushes of the officer's district (ORG-2), newest first, with their state, attempts and
 * receipt, and how many are in each state. The payload (which names the party) is not shown.
 */
export async function listCreditPushes(db: AppDb, actor: Actor, state: PushState | undefined) {
  const district = eq(creditPushes.districtCode, actor.districtCode);
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: creditPushes.id,
        platform: creditPushes.platform,
        kind: creditPushes.kind,
        summary: creditPushes.summary,
        state: creditPushes.state,
        attempts: creditPushes.attempts,
        nextAttemptAt: creditPushes.nextAttemptAt,
        lastError: creditPushes.lastError,
        receipt: creditPushes.receipt,
        deliveredAt: creditPushes.deliveredAt,
        createdAt: creditPushes.createdAt,
      })
      .from(creditPushes)
      .where(state ? and(district, eq(creditPushes.state, state)) : district)
      .orderBy(desc(creditPushes.createdAt), desc(creditPushes.id))
      .limit(LIMIT),
    db
      .select({ state: creditPushes.state, n: sql<number>`count(*)::int` })
      .from(creditPushes)
      .where(district)
      .groupBy(creditPushes.state),
  ]);
  const counts = Object.fromEntries(pushStates.map((s) => [s, 0])) as Record<PushState, number>;
  for (const { state: s, n } of counted) counts[s] = n;
  return {
    items: rows.map((row) => ({
      ...row,
      nextAttemptAt: row.state === 'pending' ? row.nextAttemptAt.toISOString() : null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      allowedActions: pushWorkflow.allowedActions(row.state, 'officer'),
    })),
    counts,
  };
}
