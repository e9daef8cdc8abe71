import { and, eq, isNull } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { notifications } from './schema.ts';

/**
 * Issue 17 (全部已读): marks every unread message of the actor read, and audits it like one message
 * read: one entry in the chain of each district whose messages changed. Run again, it changes and
 * records nothing.
 */
export async function markAllNotificationsRead(options: { database: Database; actor: Actor; now: Date }) {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const marked = await tx.db
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
      .returning({ districtCode: notifications.districtCode });
    const byDistrict = new Map<string, number>();
    for (const m of marked) byDistrict.set(m.districtCode, (byDistrict.get(m.districtCode) ?? 0) + 1);
    for (const [chain, count] of [...byDistrict].sort(([a], [b]) => a.localeCompare(b))) {
      await recordAudit(tx, {
        chain,
        actor: actorOf(actor),
        at: now,
        action: 'notification.all-read',
        entityType: 'user',
        entityId: actor.userId,
        after: { marked: count },
      });
    }
    return { marked: marked.length };
  });
}
