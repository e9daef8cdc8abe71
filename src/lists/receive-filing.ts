import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { Database } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { filingWorkflow } from './filing-chain.ts';
import { type FilingRow, openFilingHop } from './filing-hops.ts';
import { lockFiling } from './filing-store.ts';
import { districtSettingsOf } from './list-store.ts';
import { listFilings } from './schema.ts';

/**
 * LIST-7: the receiving level records receipt (已报送 → 已接收) and, below the province, takes the
 * filing one level further up with its own due date.
 */
export async function receiveFiling(options: {
  database: Database;
  actor: Actor;
  now: Date;
  calendar: WorkingCalendar;
  id: string;
  revision: number;
}): Promise<{ filing: FilingRow; next: FilingRow | null }> {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const before = await lockFiling(tx, actor, options.id, options.revision, 'to');
    const [after] = await tx.db
      .update(listFilings)
      .set({
        state: filingWorkflow.next(before.state, 'receive', 'receiver'),
        receivedAt: now,
        receivedBy: actor.displayName,
        revision: before.revision + 1,
      })
      .where(eq(listFilings.id, before.id))
      .returning();
    const audit = actorOf(actor);
    await recordAudit(tx, {
      chain: before.districtCode!,
      actor: audit,
      at: now,
      action: 'list-filing.received',
      entityType: 'list-filing',
      entityId: before.id,
      before,
      after,
    });
    const settings = await districtSettingsOf(tx.db, before.districtCode!);
    const next = await openFilingHop(tx, {
      listVersionId: before.listVersionId,
      districtCode: before.districtCode!,
      hop: before.hop + 1,
      from: before.toJurisdictionCode,
      startDate: shanghaiDate(now),
      workingDays: settings!.filingDeadlineWorkingDays,
      calendar: options.calendar,
      actor: audit,
      now,
    });
    return { filing: after!, next: next ?? null };
  });
}
