import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notifications } from './schema.ts';

/** CASE-7/GOV-4: the actor's own messages, newest first, with the unread count. */
export async function listInbox(db: AppDb, actor: Actor, limit: number) {
  const items = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { unread: unread?.n ?? 0, items: items.map(({ dedupeKey: _key, ...item }) => item) };
}
