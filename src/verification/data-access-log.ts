import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { type RecordType, recordTypes } from '../common/shared-records.ts';
import { agencies, parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import { provenParty } from '../platform/auth/proven-party.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { writeTableWorkbook } from '../platform/spreadsheet.ts';
import { endOfShanghaiDay, shanghaiDate, shanghaiDateTime, startOfShanghaiDay } from '../platform/time.ts';
import { dataAccessLog } from './schema.ts';
import { boundAgency } from './task-access.ts';

type Entry = typeof dataAccessLog.$inferSelect;

const view = (e: Entry, subjectName: string | null) => ({
  id: e.id,
  at: e.at.toISOString(),
  agencyName: e.agencyName,
  userName: e.userName,
  caseNo: e.caseNo,
  recordType: e.recordType,
  recordTypeLabel: recordTypes[e.recordType]?.zh ?? e.recordType,
  purpose: e.purpose,
  subjectName,
  answered: e.answered,
  displayDelayedUntil: e.displayDelayedUntil,
});

/**
 * VER-8 (谁查询了我的数据): every query about the actor's party, by whichever district or agency,
 * except those an authorised officer delayed until a later date. Matched by identifier, so queries
 * about a person as someone's relative show too.
 */
export async function myDataAccessLog(db: AppDb, actor: Actor, now: Date) {
  const partyId = provenParty(actor);
  const [party] = await db
    .select({ identifier: parties.identifier, name: parties.name })
    .from(parties)
    .where(eq(parties.id, partyId));
  const entries = await db
    .select()
    .from(dataAccessLog)
    .where(
      and(
        eq(dataAccessLog.subjectIdentifier, party!.identifier),
        or(
          isNull(dataAccessLog.displayDelayedUntil),
          lte(dataAccessLog.displayDelayedUntil, shanghaiDate(now)),
        ),
      ),
    )
    .orderBy(desc(dataAccessLog.at))
    .limit(500);
  return entries.map((e) => ({ ...view(e, party!.name), displayDelayedUntil: null }));
}

export interface DataAccessFilter {
  from?: string;
  to?: string;
  recordType?: RecordType;
  answered?: Entry['answered'];
  agency?: string;
}

/**
 * VER-8: the queries the actor's district made (an agency's staff: their agency's), for oversight —
 * the verifiers' and the big-data centre's log, newest first, narrowed by period, data, answer and
 * asking agency. An export reads up to `limit` of them.
 */
export async function districtDataAccessLog(
  db: AppDb,
  actor: Actor,
  filter: DataAccessFilter = {},
  limit = 500,
) {
  const agencyId = boundAgency(actor);
  const [agency] = agencyId
    ? await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId))
    : [];
  const agencyName = agency?.name ?? null;
  const entries = await db
    .select()
    .from(dataAccessLog)
    .where(
      and(
        withinReach(actor, dataAccessLog.districtCode),
        agencyName ? eq(dataAccessLog.agencyName, agencyName) : undefined,
        filter.agency ? eq(dataAccessLog.agencyName, filter.agency) : undefined,
        filter.from ? gte(dataAccessLog.at, startOfShanghaiDay(filter.from)) : undefined,
        filter.to ? lte(dataAccessLog.at, endOfShanghaiDay(filter.to)) : undefined,
        filter.recordType ? eq(dataAccessLog.recordType, filter.recordType) : undefined,
        filter.answered ? eq(dataAccessLog.answered, filter.answered) : undefined,
      ),
    )
    .orderBy(desc(dataAccessLog.at))
    .limit(limit);
  return entries.map((e) => view(e, null));
}

const answeredLabels: Record<Entry['answered'], string> = {
  found: '查得',
  'not-found': '未查得',
  failed: '查询失败',
};

/** VER-8 export: the log as the page lists it, one row per query (no subject: the district log names none). */
export function dataAccessWorkbook(entries: ReturnType<typeof view>[], title: string, subtitle: string) {
  return writeTableWorkbook({
    sheet: '数据查询记录',
    title,
    subtitle,
    columns: [
      { header: '查询时间', width: 18 },
      { header: '查询单位', width: 28 },
      { header: '查询人', width: 20 },
      { header: '办件编号', width: 20 },
      { header: '查询数据', width: 14 },
      { header: '查询事由', width: 40 },
      { header: '查询结果', width: 10 },
    ],
    rows: entries.map((e) => [
      shanghaiDateTime(new Date(e.at)),
      e.agencyName,
      e.userName,
      e.caseNo ?? '',
      e.recordTypeLabel,
      e.purpose,
      answeredLabels[e.answered],
    ]),
  });
}

/**
 * VER-8: an authorised officer delays showing a query to its subject (an investigation that must not
 * be tipped off), until a date and with a reason; the delay is audited, and the entry shows after it.
 */
export async function delayDisplay(options: {
  database: Database;
  actor: Actor;
  id: string;
  input: { until: string; reason: string };
  now: Date;
}) {
  const { actor, input, now } = options;
  assertCan(actor, 'verification.delay-display');
  if (input.until <= shanghaiDate(now))
    throw invalid('until', '延迟展示的日期须晚于今天', 'The date must be after today');
  await options.database.transaction(async (tx) => {
    const [entry] = await tx.db
      .select()
      .from(dataAccessLog)
      .where(eq(dataAccessLog.id, options.id))
      .for('update');
    if (!entry || !withinDistrict(actor, entry))
      throw new DomainError(
        'NOT_FOUND',
        '查询记录不存在或不在您的管辖范围内',
        'No such query record within your reach',
      );
    await tx.db
      .update(dataAccessLog)
      .set({ displayDelayedUntil: input.until, delayReason: input.reason, delayedBy: actor.userId })
      .where(eq(dataAccessLog.id, entry.id));
    await recordAudit(tx, {
      chain: entry.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'data-access.display-delayed',
      entityType: 'data-access-entry',
      entityId: entry.id,
      before: { displayDelayedUntil: entry.displayDelayedUntil },
      after: { displayDelayedUntil: input.until, reason: input.reason },
    });
  });
}

const withinDistrict = (actor: Actor, entry: Entry) => entry.districtCode === actor.districtCode;
