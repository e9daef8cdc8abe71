import { eq } from 'drizzle-orm';
import type { WorkRule } from '../common/work-rule.ts';
import { itemsInForce } from '../documents/document-scope.ts';
import { publishFormatText } from '../documents/format-texts.ts';
import { publishServiceGuide } from '../documents/service-guides.ts';
import { publishWorkRule, saveWorkRule } from '../documents/work-rules.ts';
import { administrativeMatters, lists, listVersions } from '../lists/schema.ts';
import { jurisdictions, users } from '../organisation/schema.ts';
import type { Actor, Role } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { Database, Tx } from '../platform/db/database.ts';

/**
 * Loads the documents story through the users' use cases: each district's justice bureau publishes
 * the work rule (from `demo/documents/work-rule.json`), the texts of every item of its first list
 * version and of the later ones — except, in 崂山区, the items its latest version added, whose
 * 10-working-day clock is still running (DOC-3) — and a guide for every administrative matter.
 */
export async function loadDemoDocuments(options: {
  database: Database;
  tx: Tx;
  workRule: WorkRule;
  districts: { code: string; justice: string; leaveNewestOpen: boolean }[];
  calendar: WorkingCalendar;
}): Promise<void> {
  const { tx, calendar } = options;
  const database: Database = { ...options.database, db: tx.db, sql: tx.sql, transaction: (work) => work(tx) };
  for (const d of options.districts) {
    const [u] = await tx.db.select().from(users).where(eq(users.username, d.justice));
    const actor: Actor = { ...u!, userId: u!.id, role: u!.role as Role, ip: null, requestId: null };
    const [place] = await tx.db.select().from(jurisdictions).where(eq(jurisdictions.code, d.code));
    const [list] = await tx.db.select().from(lists).where(eq(lists.jurisdictionCode, d.code));
    const versions = await tx.db.select().from(listVersions).where(eq(listVersions.listId, list!.id));
    const first = versions.reduce((a, b) => (a.versionNo < b.versionNo ? a : b));
    const newest = versions.reduce((a, b) => (a.versionNo > b.versionNo ? a : b));
    const day = (date: string, workingDays: number) =>
      new Date(`${calendar.addWorkingDays(date, workingDays).value}T02:00:00Z`);
    const rule = JSON.parse(
      JSON.stringify(options.workRule).replaceAll('{{district}}', place!.name),
    ) as WorkRule;
    await saveWorkRule({
      database,
      actor,
      now: day(first.publishedOn, -3),
      districtCode: d.code,
      rule,
      revision: 0,
    });
    await publishWorkRule({
      database,
      actor,
      now: day(first.publishedOn, -2),
      districtCode: d.code,
      revision: 1,
    });
    const before = new Set(
      versions.filter((v) => v.id !== newest.id).flatMap((v) => v.items.map((i) => i.key)),
    );
    const { items } = await itemsInForce(tx.db, d.code);
    for (const { item } of items) {
      const isNew = !before.has(item.key);
      if (isNew && d.leaveNewestOpen) continue;
      const now = day(isNew ? newest.publishedOn : first.publishedOn, isNew ? 2 : 5);
      for (const kind of ['notice', 'commitment'] as const)
        await publishFormatText({
          database,
          actor,
          now,
          districtCode: d.code,
          itemKey: item.key,
          kind,
          revision: 0,
        });
    }
    const matters = await tx.db
      .select()
      .from(administrativeMatters)
      .where(eq(administrativeMatters.districtCode, d.code));
    for (const matter of matters)
      await publishServiceGuide({
        database,
        actor,
        now: day(first.publishedOn, 6),
        districtCode: d.code,
        id: matter.id,
        revision: 0,
      });
  }
}
