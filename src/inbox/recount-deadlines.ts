import { and, eq, isNotNull } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import { countDue } from '../platform/calendar/index.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { Tx } from '../platform/db/database.ts';
import { deadlines } from './schema.ts';

/**
 * A capability that keeps its own copy of the due dates it registered (a filing hop's, a case's) and
 * moves it when the deadline is counted again.
 */
export interface DeadlineFollower {
  keyPrefix: string;
  follow(tx: Tx, key: string, dueDate: string): Promise<void>;
}

/**
 * SPEC §10 Clocks: after the calendar changed (a year's schedule entered, a day overridden), counts
 * every open deadline again from what it was counted from, in the transaction of the change; a
 * provisional one becomes final once its years are scheduled. Answers how many moved.
 */
export async function recountDeadlines(
  tx: Tx,
  options: { actor: AuditActor; now: Date; followers: readonly DeadlineFollower[] },
): Promise<number> {
  const calendar = await loadWorkingCalendar(tx.db);
  const open = await tx.db
    .select()
    .from(deadlines)
    .where(
      and(eq(deadlines.state, 'open'), isNotNull(deadlines.countedFrom), isNotNull(deadlines.workingDays)),
    )
    .for('update');
  let moved = 0;
  for (const before of open) {
    const due = countDue(calendar, before.countedFrom!, before.workingDays!);
    if (due.dueDate === before.dueDate && due.provisional === before.provisional) continue;
    const [after] = await tx.db
      .update(deadlines)
      .set({ dueDate: due.dueDate, provisional: due.provisional })
      .where(eq(deadlines.id, before.id))
      .returning();
    await recordAudit(tx, {
      chain: before.districtCode,
      actor: options.actor,
      at: options.now,
      action: 'deadline.recounted',
      entityType: 'deadline',
      entityId: before.id,
      before: { dueDate: before.dueDate, provisional: before.provisional },
      after: { dueDate: after!.dueDate, provisional: after!.provisional },
    });
    if (due.dueDate !== before.dueDate)
      for (const follower of options.followers)
        if (before.key.startsWith(follower.keyPrefix)) await follower.follow(tx, before.key, due.dueDate);
    moved++;
  }
  return moved;
}
