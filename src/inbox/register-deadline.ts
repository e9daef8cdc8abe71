import { eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { deadlines } from './schema.ts';

export interface DeadlineInput {
  /** Stable key of what the deadline is for, e.g. `filing:<id>:370200`; registering again moves it. */
  key: string;
  districtCode: string;
  title: string;
  titleEn: string;
  dueDate: string;
  /** A due date counted in working days (`countDue`): recounted when the calendar changes. */
  countedFrom?: string | null;
  workingDays?: number | null;
  provisional?: boolean;
  responsibleJurisdictionCode: string;
  responsibleAgencyId: string | null;
  responsibleRole: string;
  link: string | null;
}

/** GOV-4: capabilities register their deadlines here, inside the transaction that creates them. */
export async function registerDeadline(
  tx: Tx,
  options: { input: DeadlineInput; actor: AuditActor; now: Date },
) {
  const { input, now } = options;
  const [before] = await tx.db.select().from(deadlines).where(eq(deadlines.key, input.key)).for('update');
  const [after] = await tx.db
    .insert(deadlines)
    .values({ ...input, state: 'open', createdAt: now })
    .onConflictDoUpdate({ target: deadlines.key, set: { ...input, state: 'open', closedAt: null } })
    .returning();
  await recordAudit(tx, {
    chain: input.districtCode,
    actor: options.actor,
    at: now,
    action: 'deadline.registered',
    entityType: 'deadline',
    entityId: after!.id,
    before,
    after,
  });
  return after!;
}

/** Closes a deadline once its work is done (or no longer needed); reminders stop. */
export async function closeDeadline(
  tx: Tx,
  options: { key: string; state: 'done' | 'cancelled'; actor: AuditActor; now: Date },
): Promise<void> {
  const [before] = await tx.db.select().from(deadlines).where(eq(deadlines.key, options.key)).for('update');
  if (before?.state !== 'open') return;
  const [after] = await tx.db
    .update(deadlines)
    .set({ state: options.state, closedAt: options.now })
    .where(eq(deadlines.id, before.id))
    .returning();
  await recordAudit(tx, {
    chain: before.districtCode,
    actor: options.actor,
    at: options.now,
    action: 'deadline.closed',
    entityType: 'deadline',
    entityId: before.id,
    before,
    after,
  });
}
