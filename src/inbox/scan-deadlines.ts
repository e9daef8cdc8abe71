import { asc, eq } from 'drizzle-orm';
import { districtSettings } from '../organisation/index.ts';
import { recordAudit, systemActor } from '../platform/audit/record.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { Database } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { responsibleUsers, supervisorsOf } from './recipients.ts';
import { reminderDue, reminderText } from './reminder-policy.ts';
import { deadlines, notifications } from './schema.ts';

/**
 * GOV-4, the daily scan: finds open deadlines that are near, due or past and writes each reminder
 * once per user (a unique key per deadline, kind and user), so a second run or a second instance
 * writes nothing new. One transaction per district, with its audit entry.
 */
export async function scanDeadlines(options: { database: Database; now: Date; calendar: WorkingCalendar }) {
  const { database, now, calendar } = options;
  const today = shanghaiDate(now);
  const settings = await database.db.select().from(districtSettings);
  const open = await database.db
    .select()
    .from(deadlines)
    .where(eq(deadlines.state, 'open'))
    .orderBy(asc(deadlines.dueDate));
  let written = 0;
  for (const district of settings) {
    const ofDistrict = open.filter((d) => d.districtCode === district.districtCode);
    const count = await database.transaction(async (tx) => {
      const reminded: string[] = [];
      for (const deadline of ofDistrict) {
        const due = reminderDue(deadline.dueDate, today, district.reminderLeadWorkingDays, calendar);
        if (!due) continue;
        const who = {
          role: deadline.responsibleRole,
          jurisdictionCode: deadline.responsibleJurisdictionCode,
          agencyId: deadline.responsibleAgencyId,
        };
        const recipients = await responsibleUsers(tx.db, who);
        if (due.kind === 'overdue')
          recipients.push(...(await responsibleUsers(tx.db, supervisorsOf(deadline.districtCode))));
        const text = reminderText(due.kind, deadline, due.workingDays);
        const warning = due.warnings.map((w) => w.message).join(' ');
        const warningEn = due.warnings.map((w) => w.messageEn).join(' ');
        const rows = [...new Set(recipients.map((r) => r.id))].map((userId) => ({
          userId,
          districtCode: deadline.districtCode,
          kind: due.kind === 'overdue' ? ('overdue' as const) : ('reminder' as const),
          topic: due.kind === 'overdue' ? ('overdue' as const) : ('reminder' as const),
          ...text,
          body: [text.body, warning].filter(Boolean).join(' '),
          bodyEn: [text.bodyEn, warningEn].filter(Boolean).join(' '),
          link: deadline.link,
          deadlineId: deadline.id,
          dedupeKey: `${deadline.id}:${due.kind}:${userId}`,
          createdAt: now,
        }));
        if (rows.length === 0) continue;
        const inserted = await tx.db
          .insert(notifications)
          .values(rows)
          .onConflictDoNothing()
          .returning({ id: notifications.id });
        if (inserted.length > 0) reminded.push(`${deadline.id}:${due.kind}:${inserted.length}`);
      }
      if (reminded.length > 0) {
        await recordAudit(tx, {
          chain: district.districtCode,
          actor: systemActor('deadline-scan'),
          at: now,
          action: 'reminders.written',
          entityType: 'deadline-scan',
          entityId: today,
          after: { reminded },
        });
      }
      return reminded.reduce((sum, entry) => sum + Number(entry.split(':')[2]), 0);
    });
    written += count;
  }
  return { today, written };
}
