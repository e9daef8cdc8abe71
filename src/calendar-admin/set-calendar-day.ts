import { and, eq } from 'drizzle-orm';
import { type DeadlineFollower, recountDeadlines } from '../inbox/index.ts';
import { actorOf, PLATFORM_CHAIN, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { calendarDays } from '../platform/calendar/schema.ts';
import type { Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { assertPlatformAdmin } from './platform-admin.ts';

const isRealDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/** Overrides one date (e.g. a local holiday decision, or a correction), winning over the package. */
export async function setCalendarDay(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { date: string; kind: 'holiday' | 'workday'; name: string };
  followers: readonly DeadlineFollower[];
}) {
  const { database, actor, now, input } = options;
  assertPlatformAdmin(actor);
  if (!isRealDate(input.date)) throw invalid('date', '日期不存在', 'No such date');
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(calendarDays)
      .where(and(eq(calendarDays.date, input.date), eq(calendarDays.source, 'override')));
    const values = {
      ...input,
      name: input.name.trim(),
      source: 'override' as const,
      enteredBy: actor.username,
      enteredAt: now,
    };
    const [after] = await tx.db
      .insert(calendarDays)
      .values(values)
      .onConflictDoUpdate({ target: [calendarDays.date, calendarDays.source], set: values })
      .returning();
    await recordAudit(tx, {
      chain: PLATFORM_CHAIN,
      actor: actorOf(actor),
      at: now,
      action: 'calendar.day-set',
      entityType: 'calendar-day',
      entityId: input.date,
      before,
      after,
    });
    await recountDeadlines(tx, { actor: actorOf(actor), now, followers: options.followers });
    return after!;
  });
}
