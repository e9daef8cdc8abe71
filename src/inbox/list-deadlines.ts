import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { districtSettings } from '../organisation/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import { reminderDue } from './reminder-policy.ts';
import { deadlines } from './schema.ts';

/** Open deadlines the actor answers for, or (`districtCode`) all of a district they oversee. */
export async function listDeadlines(
  db: AppDb,
  actor: Actor,
  options: { now: Date; calendar: WorkingCalendar; districtCode?: string },
) {
  if (options.districtCode) assertDistrictAccess(actor, options.districtCode);
  const mine = and(
    eq(deadlines.responsibleRole, actor.role),
    eq(deadlines.responsibleJurisdictionCode, actor.jurisdictionCode),
    actor.agencyId
      ? or(isNull(deadlines.responsibleAgencyId), eq(deadlines.responsibleAgencyId, actor.agencyId))
      : isNull(deadlines.responsibleAgencyId),
  );
  const rows = await db
    .select()
    .from(deadlines)
    .where(
      and(
        eq(deadlines.state, 'open'),
        options.districtCode ? eq(deadlines.districtCode, options.districtCode) : mine,
      ),
    )
    .orderBy(asc(deadlines.dueDate));
  const leads = new Map(
    (await db.select().from(districtSettings)).map((s) => [s.districtCode, s.reminderLeadWorkingDays]),
  );
  const today = shanghaiDate(options.now);
  return rows.map((row) => {
    const left = options.calendar.workingDaysBetween(today, row.dueDate);
    const due = reminderDue(row.dueDate, today, leads.get(row.districtCode) ?? 3, options.calendar);
    return {
      ...row,
      workingDaysLeft: left.value,
      status: due?.kind ?? ('open' as const),
      warnings: left.warnings,
    };
  });
}
