import { and, eq } from 'drizzle-orm';
import { pushWorkflow } from '../common/push-states.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { creditPushes } from './schema.ts';

/**
 * CRED-6: the credit officer sends a failed push again (after the platform's refusal was cleared up):
 * it is pending and due now, with its attempts kept; the same idempotency key goes with it. Another
 * district's push is "not found" (ORG-2).
 */
export async function retryCreditPush(options: {
  /** Why it is sent again (what was cleared up with the platform). */
  note?: string;
  database: Database;
  actor: Actor;
  now: Date;
  pushId: string;
}) {
  const { actor, now } = options;
  return options.database.transaction(async (tx) => {
    const [push] = await tx.db
      .select()
      .from(creditPushes)
      .where(and(eq(creditPushes.id, options.pushId), eq(creditPushes.districtCode, actor.districtCode)))
      .for('update');
    if (!push) throw notFound('推送', 'Push');
    const state = pushWorkflow.next(push.state, 'retry', 'officer');
    await tx.db
      .update(creditPushes)
      .set({ state, nextAttemptAt: now, leaseUntil: null })
      .where(eq(creditPushes.id, push.id));
    await recordAudit(tx, {
      chain: push.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'credit-push.retried',
      entityType: 'credit-push',
      entityId: push.id,
      before: { state: push.state, attempts: push.attempts, lastError: push.lastError },
      after: { state, note: options.note ?? null },
    });
    return { id: push.id, state };
  });
}
