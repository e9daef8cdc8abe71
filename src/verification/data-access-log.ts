import { and, desc, eq, isNull, lte, or } from 'drizzle-orm';
import { recordTypes } from '../common/shared-records.ts';
import { agencies, parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import { provenParty } from '../platform/auth/proven-party.ts';
import { withinReach } from '../platform/auth/within-reach.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
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

/** VER-8: the queries the actor's district made (an agency's staff: their agency's), for oversight. */
export async function districtDataAccessLog(db: AppDb, actor: Actor) {
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
      ),
    )
    .orderBy(desc(dataAccessLog.at))
    .limit(500);
  return entries.map((e) => view(e, null));
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
