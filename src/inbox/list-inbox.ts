import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { NotificationTopic } from '../common/notification-topics.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { notifications } from './schema.ts';

/**
 * CASE-7/GOV-4: the actor's own messages, newest first, of one topic or all, with the unread count
 * (of all topics, as the header shows it).
 */
export async function listInbox(
  db: AppDb,
  actor: Actor,
  query: { limit: number; topic?: NotificationTopic },
) {
  const items = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, actor.userId),
        query.topic ? eq(notifications.topic, query.topic) : undefined,
      ),
    )
    .orderBy(desc(notifications.seq))
    .limit(query.limit);
  const [unread] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { unread: unread?.n ?? 0, items: items.map(({ dedupeKey: _key, seq: _seq, ...item }) => item) };
}
