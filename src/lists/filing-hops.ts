import { eq } from 'drizzle-orm';
import { closeDeadline, registerDeadline } from '../inbox/index.ts';
import { jurisdictions } from '../organisation/index.ts';
import type { AuditActor } from '../platform/audit/record.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { countDue, type WorkingCalendar } from '../platform/calendar/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { filingRecipientOf } from './filing-chain.ts';
import { listFilings } from './schema.ts';

export type FilingRow = typeof listFilings.$inferSelect;

export const filingDeadlineKey = (filingId: string) => `list-filing:${filingId}`;

const nameOf = async (tx: Tx, code: string) =>
  (
    await tx.db.select({ name: jurisdictions.name }).from(jurisdictions).where(eq(jurisdictions.code, code))
  )[0]?.name ?? code;

/**
 * LIST-7: opens the filing hop from `from` to the level above, due `workingDays` working days after
 * `startDate` (publication, or receipt at the level below), with its deadline for the sending level.
 * Answers nothing at the top (the provincial justice department).
 */
export async function openFilingHop(
  tx: Tx,
  options: {
    listVersionId: string;
    districtCode: string;
    hop: number;
    from: string;
    startDate: string;
    workingDays: number;
    calendar: WorkingCalendar;
    actor: AuditActor;
    now: Date;
  },
): Promise<FilingRow | undefined> {
  const to = filingRecipientOf(options.from);
  if (!to) return undefined;
  const due = countDue(options.calendar, options.startDate, options.workingDays);
  const [row] = await tx.db
    .insert(listFilings)
    .values({
      listVersionId: options.listVersionId,
      districtCode: options.districtCode,
      hop: options.hop,
      fromJurisdictionCode: options.from,
      toJurisdictionCode: to,
      state: 'pending',
      dueDate: due.dueDate,
      createdAt: options.now,
    })
    .returning();
  const [fromName, toName] = [await nameOf(tx, options.from), await nameOf(tx, to)];
  await registerDeadline(tx, {
    actor: options.actor,
    now: options.now,
    input: {
      key: filingDeadlineKey(row!.id),
      districtCode: options.districtCode,
      title: `${fromName}证明事项清单报${toName}备案`,
      titleEn: `File the list of ${options.from} with ${to}`,
      ...due,
      responsibleJurisdictionCode: options.from,
      responsibleAgencyId: null,
      responsibleRole: 'justice-officer',
      link: '/workbench/filings',
    },
  });
  await recordAudit(tx, {
    chain: options.districtCode,
    actor: options.actor,
    at: options.now,
    action: 'list-filing.created',
    entityType: 'list-filing',
    entityId: row!.id,
    after: row,
  });
  return row;
}

export const closeFilingDeadline = (tx: Tx, filingId: string, actor: AuditActor, now: Date) =>
  closeDeadline(tx, { key: filingDeadlineKey(filingId), state: 'done', actor, now });
