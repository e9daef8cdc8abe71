import { eq } from 'drizzle-orm';
import { creditRecords } from '../credit/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { countDue } from '../platform/calendar/count-due.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { AppDb, Tx } from '../platform/db/database.ts';
import { notFound } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';

/** CRED-4/CRED-5: a decision due so many working days from today (the deadline scan follows it). */
export async function creditOfficeDue(db: AppDb, now: Date, workingDays: number) {
  return countDue(await loadWorkingCalendar(db), shanghaiDate(now), workingDays);
}

export const recordNotFound = () => notFound('失信记录', 'Dishonesty record');

/**
 * A record locked for a change, as the actor may reach it: the applicant only their own party's,
 * staff only their district's (ORG-2); anything else is "not found".
 */
export async function lockRecord(tx: Tx, actor: Actor, recordId: string) {
  const [record] = await tx.db
    .select()
    .from(creditRecords)
    .where(eq(creditRecords.id, recordId))
    .for('update');
  const reachable =
    record &&
    (actor.role === 'applicant'
      ? record.partyId === actor.partyId
      : record.districtCode === actor.districtCode);
  if (!reachable) throw recordNotFound();
  return record;
}

/** The deadline registered for an application's decision, in the district's credit office. */
export const creditDeadline = (options: {
  key: string;
  districtCode: string;
  title: string;
  titleEn: string;
  due: Awaited<ReturnType<typeof creditOfficeDue>>;
  link: string;
}) => ({
  key: options.key,
  districtCode: options.districtCode,
  title: options.title,
  titleEn: options.titleEn,
  ...options.due,
  responsibleJurisdictionCode: options.districtCode,
  responsibleAgencyId: null,
  responsibleRole: 'credit-officer',
  link: options.link,
});
