import { and, eq, like } from 'drizzle-orm';
import { deadlines, dueWarnings } from '../inbox/index.ts';
import { textDeadlineKey } from '../lists/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { districtContextFor, itemsInForce } from './document-scope.ts';
import { formatTextVersions } from './schema.ts';

export type TextStatus = 'published' | 'due' | 'overdue';

/**
 * DOC-3: every item of the list in force with the state of its two texts and its publication clock:
 * published (both texts out), due, or overdue; and the counts per agency.
 */
export async function textsDashboard(
  db: AppDb,
  actor: Actor,
  districtCode: string,
  today: string,
  calendar: Pick<WorkingCalendar, 'yearsWithoutOfficialData'>,
) {
  await districtContextFor(db, actor, districtCode);
  const { version, items } = await itemsInForce(db, districtCode);
  const published = await db
    .selectDistinct({ itemKey: formatTextVersions.itemKey, kind: formatTextVersions.kind })
    .from(formatTextVersions)
    .where(eq(formatTextVersions.districtCode, districtCode));
  const clocks = new Map(
    (
      await db
        .select()
        .from(deadlines)
        .where(
          and(
            eq(deadlines.districtCode, districtCode),
            like(deadlines.key, `text-publication:${districtCode}:%`),
          ),
        )
    ).map((d) => [d.key, d]),
  );
  const rows = items.map(({ item, agencyId }) => {
    const kinds = published.filter((p) => p.itemKey === item.key).map((p) => p.kind);
    const clock = clocks.get(textDeadlineKey(districtCode, item.key));
    const status: TextStatus =
      kinds.length === 2
        ? 'published'
        : clock && clock.state === 'open' && clock.dueDate < today
          ? 'overdue'
          : 'due';
    return {
      itemKey: item.key,
      name: item.name,
      administrativeMatter: item.administrativeMatter,
      agency: item.handlingAgency,
      agencyId,
      notice: kinds.includes('notice'),
      commitment: kinds.includes('commitment'),
      dueDate: clock?.dueDate ?? null,
      dueWarnings: kinds.length === 2 ? [] : dueWarnings(calendar, clock),
      status,
      mine:
        actor.agencyId === agencyId ||
        (actor.role === 'justice-officer' && actor.jurisdictionCode === districtCode),
    };
  });
  const agencies = [...new Set(rows.map((r) => r.agency))].map((agency) => {
    const of = rows.filter((r) => r.agency === agency);
    const count = (s: TextStatus) => of.filter((r) => r.status === s).length;
    return { agency, published: count('published'), due: count('due'), overdue: count('overdue') };
  });
  return { versionNo: version?.versionNo ?? null, items: rows, agencies };
}
