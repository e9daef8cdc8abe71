import { and, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { cases, commitments } from '../cases/index.ts';
import { checkedAnyIdentifier } from '../common/identifiers/checked.ts';
import { listInForce } from '../lists/index.ts';
import { parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan, assertDistrictAccess } from '../platform/auth/permissions.ts';
import type { AppDb, Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { keySupervisions } from './schema.ts';

export interface KeySupervisionInput {
  subject: 'item' | 'party';
  itemKey?: string;
  partyIdentifier?: string;
  reason: string;
  startsOn: string;
  endsOn: string;
}

type KeyRow = typeof keySupervisions.$inferSelect;

const activeOn = (today: string) =>
  and(
    lte(keySupervisions.startsOn, today),
    gte(keySupervisions.endsOn, today),
    isNull(keySupervisions.liftedAt),
  );

const shown = (row: KeyRow, today: string) => ({
  ...row,
  active: row.liftedAt === null && row.startsOn <= today && row.endsOn >= today,
});

/** SUP-2: a district's key supervision, current first. */
export async function listKeySupervisions(db: AppDb, actor: Actor, districtCode: string, now: Date) {
  assertCan(actor, 'supervision.read');
  assertDistrictAccess(actor, districtCode);
  const rows = await db
    .select()
    .from(keySupervisions)
    .where(eq(keySupervisions.districtCode, districtCode))
    .orderBy(desc(keySupervisions.createdAt));
  const today = shanghaiDate(now);
  return rows.map((r) => shown(r, today)).sort((a, b) => Number(b.active) - Number(a.active));
}

/** SUP-2: what puts a case under key supervision today: its party, or an item it committed to. */
export async function keySupervisionOfCase(db: AppDb, actor: Actor, caseId: string, now: Date) {
  assertCan(actor, 'supervision.read');
  const [row] = await db
    .select({ districtCode: cases.districtCode, partyId: cases.partyId })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new DomainError('NOT_FOUND', '案件不存在', 'No such case');
  assertDistrictAccess(actor, row.districtCode);
  const items = await db
    .select({ key: commitments.itemKey })
    .from(commitments)
    .where(eq(commitments.caseId, caseId));
  const today = shanghaiDate(now);
  const subjects = [eq(keySupervisions.partyId, row.partyId)];
  if (items.length)
    subjects.push(
      inArray(
        keySupervisions.itemKey,
        items.map((i) => i.key),
      ),
    );
  const rows = await db
    .select()
    .from(keySupervisions)
    .where(and(eq(keySupervisions.districtCode, row.districtCode), activeOn(today), or(...subjects)));
  return rows.map((r) => shown(r, today));
}

/** SUP-2: an item of the list in force, or a party by identifier, put under key supervision. */
export async function putUnderKeySupervision(options: {
  database: Database;
  actor: Actor;
  now: Date;
  districtCode: string;
  input: KeySupervisionInput;
}) {
  const { database, actor, now, districtCode, input } = options;
  assertCan(actor, 'supervision.key');
  assertDistrictAccess(actor, districtCode);
  const reason = input.reason.trim();
  if (!reason) throw invalid('reason', '请写明列入重点监管的理由', 'Give the reason for key supervision');
  if (input.endsOn < input.startsOn)
    throw invalid('endsOn', '结束日期不能早于开始日期', 'The end cannot be before the start');
  if (input.endsOn < shanghaiDate(now)) throw invalid('endsOn', '结束日期已过', 'The end date has passed');
  return database.transaction(async (tx) => {
    let subject: { itemKey: string | null; partyId: string | null; subjectName: string };
    if (input.subject === 'item') {
      const list = await listInForce(tx.db, { jurisdictionCode: districtCode, districtCode }, now);
      const item = list?.items.find((i) => i.key === input.itemKey);
      if (!item) throw invalid('itemKey', '现行清单中没有该事项', 'No such item in the list in force');
      subject = {
        itemKey: item.key,
        partyId: null,
        subjectName: `${item.administrativeMatter}·${item.name}`,
      };
    } else {
      const identifier = checkedAnyIdentifier(input.partyIdentifier ?? '', 'partyIdentifier');
      const [party] = await tx.db.select().from(parties).where(eq(parties.identifier, identifier));
      if (!party)
        throw invalid(
          'partyIdentifier',
          '平台上没有该申请人',
          'No applicant with this identifier on the platform',
        );
      subject = { itemKey: null, partyId: party.id, subjectName: party.name };
    }
    const [row] = await tx.db
      .insert(keySupervisions)
      .values({
        districtCode,
        subject: input.subject,
        ...subject,
        reason,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, {
      chain: districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'key-supervision.started',
      entityType: 'key-supervision',
      entityId: row!.id,
      after: {
        subject: input.subject,
        subjectName: subject.subjectName,
        reason,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      },
    });
    return shown(row!, shanghaiDate(now));
  });
}

/** SUP-2: key supervision ended early, with the reason; the record stays. */
export async function liftKeySupervision(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  reason: string;
}) {
  const { database, actor, now } = options;
  assertCan(actor, 'supervision.key');
  const reason = options.reason.trim();
  if (!reason) throw invalid('reason', '请写明解除理由', 'Give the reason for lifting it');
  return database.transaction(async (tx) => {
    const [before] = await tx.db
      .select()
      .from(keySupervisions)
      .where(eq(keySupervisions.id, options.id))
      .for('update');
    if (!before) throw new DomainError('NOT_FOUND', '没有这条重点监管记录', 'No such key supervision');
    assertDistrictAccess(actor, before.districtCode);
    if (before.liftedAt) throw new DomainError('CONFLICT', '该重点监管已解除', 'Already lifted');
    const [after] = await tx.db
      .update(keySupervisions)
      .set({ liftedAt: now, liftReason: reason })
      .where(eq(keySupervisions.id, before.id))
      .returning();
    await recordAudit(tx, {
      chain: before.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'key-supervision.lifted',
      entityType: 'key-supervision',
      entityId: before.id,
      after: { reason },
    });
    return shown(after!, shanghaiDate(now));
  });
}
