import { and, eq, isNull } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { notifications } from './schema.ts';

/** Marks one of the actor's own messages read; other users' messages do not exist for them. */
export async function markNotificationRead(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
}) {
  const { database, actor, now, id } = options;
  await database.transaction(async (tx) => {
    const [row] = await tx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)));
    if (!row) throw new DomainError('NOT_FOUND', '消息不存在', 'No such message');
    const [updated] = await tx.db
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.id, id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (!updated) return;
    await recordAudit(tx, {
      chain: row.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'notification.read',
      entityType: 'notification',
      entityId: id,
    });
  });
}
