import { and, eq } from 'drizzle-orm';
import { users } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';

/** The active users who answer for a deadline: its role at its jurisdiction (and agency, if named). */
export async function responsibleUsers(
  db: AppDb,
  who: { role: string; jurisdictionCode: string; agencyId: string | null },
): Promise<{ id: string }[]> {
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        eq(users.role, who.role),
        eq(users.jurisdictionCode, who.jurisdictionCode),
        who.agencyId ? eq(users.agencyId, who.agencyId) : undefined,
      ),
    );
}

/** Who overdue deadlines are escalated to: the district justice bureau, which supervises the scheme. */
export const supervisorsOf = (districtCode: string) => ({
  role: 'justice-officer',
  jurisdictionCode: districtCode,
  agencyId: null,
});
