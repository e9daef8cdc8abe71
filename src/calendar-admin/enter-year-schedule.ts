import { and, eq, gte, lte } from 'drizzle-orm';
import { type DeadlineFollower, recountDeadlines } from '../inbox/index.ts';
import { actorOf, PLATFORM_CHAIN, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { parseYearSchedule } from '../platform/calendar/index.ts';
import { calendarDays, calendarYears } from '../platform/calendar/schema.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { assertPlatformAdmin } from './platform-admin.ts';

/**
 * Enters the State Council's holiday schedule of a year (holidays and make-up workdays), replacing
 * any schedule entered for it before; from then on that year counts as official.
 */
export async function enterYearSchedule(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { text: string; note: string };
  followers: readonly DeadlineFollower[];
}) {
  const { database, actor, now, input } = options;
  assertPlatformAdmin(actor);
  const parsed = parseYearSchedule(input.text);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    throw new DomainError(
      'VALIDATION',
      `第 ${first.line} 行：${first.message}`,
      `Line ${first.line}: ${first.messageEn}`,
      'text',
      parsed.errors,
    );
  }
  const { year, days } = parsed;
  const inYear = and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`));
  return database.transaction(async (tx) => {
    const before = await tx.db
      .select()
      .from(calendarDays)
      .where(and(inYear, eq(calendarDays.source, 'year-schedule')));
    await tx.db.delete(calendarDays).where(and(inYear, eq(calendarDays.source, 'year-schedule')));
    const rows = days.map((d) => ({
      ...d,
      source: 'year-schedule' as const,
      enteredBy: actor.username,
      enteredAt: now,
    }));
    // Single-date overrides are kept apart and still win: they were deliberate corrections.
    if (rows.length > 0) await tx.db.insert(calendarDays).values(rows);
    const yearRow = { year, note: input.note.trim(), enteredBy: actor.username, enteredAt: now };
    await tx.db
      .insert(calendarYears)
      .values(yearRow)
      .onConflictDoUpdate({ target: calendarYears.year, set: yearRow });
    await recordAudit(tx, {
      chain: PLATFORM_CHAIN,
      actor: actorOf(actor),
      at: now,
      action: 'calendar.year-schedule-entered',
      entityType: 'calendar-year',
      entityId: String(year),
      before: before.map(({ date, kind, name }) => ({ date, kind, name })),
      after: { note: yearRow.note, days: days.map(({ date, kind, name }) => ({ date, kind, name })) },
    });
    const recounted = await recountDeadlines(tx, {
      actor: actorOf(actor),
      now,
      followers: options.followers,
    });
    return { year, days: days.length, recounted };
  });
}
