import { and, eq } from 'drizzle-orm';
import { type DeadlineFollower, recountDeadlines } from '../inbox/index.ts';
import { actorOf, PLATFORM_CHAIN, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { calendarDays } from '../platform/calendar/schema.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { assertPlatformAdmin } from './platform-admin.ts';

/** Removes a single-date override; the date follows the year schedule, the package or a plain week again. */
export async function clearCalendarDay(options: {
  database: Database;
  actor: Actor;
  now: Date;
  date: string;
  followers: readonly DeadlineFollower[];
}) {
  const { database, actor, now, date } = options;
  assertPlatformAdmin(actor);
  await database.transaction(async (tx) => {
    const [before] = await tx.db
      .delete(calendarDays)
      .where(and(eq(calendarDays.date, date), eq(calendarDays.source, 'override')))
      .returning();
    if (!before) throw new DomainError('NOT_FOUND', '该日期没有人工设置', 'No admin entry for this date');
    await recordAudit(tx, {
      chain: PLATFORM_CHAIN,
      actor: actorOf(actor),
      at: now,
      action: 'calendar.day-cleared',
      entityType: 'calendar-day',
      entityId: date,
      before,
    });
    await recountDeadlines(tx, { actor: actorOf(actor), now, followers: options.followers });
  });
}
