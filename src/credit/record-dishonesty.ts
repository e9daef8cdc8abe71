import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import {
  addMonths,
  categoryOf,
  falseCommitmentCategories,
  falseCommitmentCategory,
  type HandlingOutcome,
} from '../common/credit-rules.ts';
import type { CreditRecordKind } from '../common/eligibility.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { pushedParty, queueCreditPush } from './queue-credit-push.ts';
import { currentRulebook, rulebooksOf } from './rulebooks.ts';
import { type CreditRecordSource, creditRecords, type PushKind } from './schema.ts';

export interface NewDishonestyRecord {
  partyId: string;
  districtCode: string;
  kind: CreditRecordKind;
  /** A category code of the district's rulebook in force. */
  category: string;
  description: string;
  authority: string;
  basis: string;
  documentNo?: string | null;
  source: CreditRecordSource;
  externalId?: string | null;
  commitmentId?: string | null;
  foundBy: string | null;
  at: Date;
  actor: AuditActor;
  /** False for a record the platforms themselves sent (CRED-6 reports what the district found). */
  push?: boolean;
}

type RecordRow = typeof creditRecords.$inferSelect;

/** The push reporting a record as it now stands (made, reclassified, repaired, corrected). */
export async function pushRecord(
  tx: Tx,
  record: RecordRow,
  at: Date,
  extra: { disputed?: boolean; kind?: PushKind } = {},
) {
  const party = await pushedParty(tx.db, record.partyId);
  const books = await rulebooksOf(tx.db, [record.districtCode]);
  const category = categoryOf(books.get(record.districtCode)!.get(record.ruleVersion)!, record.category);
  return queueCreditPush(tx, {
    districtCode: record.districtCode,
    kind:
      extra.kind ?? (record.correctedAt ? 'correction' : record.repairedAt ? 'repair' : 'dishonesty-record'),
    subjectId: record.id,
    summary: `${party.name}：${category.name}${record.repairedAt ? '（已修复）' : ''}${record.correctedAt ? '（已更正）' : ''}${extra.disputed ? '（异议中）' : ''}`,
    data: {
      recordId: record.id,
      party: party,
      category: { code: category.code, name: category.name, ruleVersion: record.ruleVersion },
      description: record.description,
      authority: record.authority,
      basis: record.basis,
      documentNo: record.documentNo,
      recordedAt: record.recordedAt.toISOString(),
      expiresAt: record.expiresAt?.toISOString() ?? null,
      repairedAt: record.repairedAt?.toISOString() ?? null,
      correctedAt: record.correctedAt?.toISOString() ?? null,
      correctionNote: record.correctionNote,
      disputed: extra.disputed ?? false,
      status: record.correctedAt
        ? '已更正'
        : record.repairedAt
          ? '已修复'
          : extra.disputed
            ? '异议中'
            : '有效',
    },
    at,
  });
}

/**
 * CRED-2: a record of the integrity file, in the caller's transaction, made under the district's
 * rulebook in force (the record names the version) with its category's duration, audited and pushed
 * to the district's credit platforms (CRED-6).
 */
export async function recordDishonesty(tx: Tx, input: NewDishonestyRecord): Promise<RecordRow> {
  const rulebook = await currentRulebook(tx.db, input.districtCode);
  const category = categoryOf(rulebook, input.category);
  const [record] = await tx.db
    .insert(creditRecords)
    .values({
      partyId: input.partyId,
      districtCode: input.districtCode,
      kind: input.kind,
      category: category.code,
      ruleVersion: rulebook.version,
      description: input.description,
      authority: input.authority,
      basis: input.basis,
      documentNo: input.documentNo ?? null,
      source: input.source,
      externalId: input.externalId ?? null,
      commitmentId: input.commitmentId ?? null,
      foundBy: input.foundBy,
      recordedAt: input.at,
      expiresAt: addMonths(input.at, category.durationMonths),
    })
    .returning();
  await recordAudit(tx, {
    chain: input.districtCode,
    actor: input.actor,
    at: input.at,
    action: 'credit-record.entered',
    entityType: 'credit-record',
    entityId: record!.id,
    after: {
      partyId: input.partyId,
      kind: input.kind,
      category: category.code,
      ruleVersion: rulebook.version,
      source: input.source,
      documentNo: input.documentNo ?? null,
    },
  });
  if (input.push !== false) await pushRecord(tx, record!, input.at);
  return record!;
}

/** CRED-2: a false commitment's first category: 严重 when the party had one before, else 一般. */
export async function firstFalseCommitmentCategory(tx: Tx, partyId: string, at: Date) {
  const earlier = await tx.db
    .select({ id: creditRecords.id })
    .from(creditRecords)
    .where(
      and(
        eq(creditRecords.partyId, partyId),
        eq(creditRecords.kind, 'false-commitment'),
        isNull(creditRecords.correctedAt),
        lt(creditRecords.recordedAt, at),
      ),
    );
  return falseCommitmentCategory({ earlierFalseCommitments: earlier.length, outcomes: [] });
}

/**
 * CRED-2: after each outcome of the handling record (SUP-3), the false commitment's category as the
 * outcomes now say, under the record's own rule version; it only ever rises. A rise is audited and
 * pushed; the record counts for its new category's duration from when it was made.
 */
export async function reclassifyFalseCommitment(
  tx: Tx,
  options: { recordId: string; outcomes: readonly HandlingOutcome[]; at: Date; actor: AuditActor },
): Promise<void> {
  const [record] = await tx.db.select().from(creditRecords).where(eq(creditRecords.id, options.recordId));
  if (record?.kind !== 'false-commitment' || record.correctedAt) return;
  const earlier = await tx.db
    .select({ id: creditRecords.id })
    .from(creditRecords)
    .where(
      and(
        eq(creditRecords.partyId, record.partyId),
        eq(creditRecords.kind, 'false-commitment'),
        ne(creditRecords.id, record.id),
        isNull(creditRecords.correctedAt),
        lt(creditRecords.recordedAt, record.recordedAt),
      ),
    );
  const next = falseCommitmentCategory({
    earlierFalseCommitments: earlier.length,
    outcomes: options.outcomes,
  });
  const rank = (code: string) =>
    falseCommitmentCategories.indexOf(code as (typeof falseCommitmentCategories)[number]);
  if (rank(next) <= rank(record.category)) return;
  const books = await rulebooksOf(tx.db, [record.districtCode]);
  const category = categoryOf(books.get(record.districtCode)!.get(record.ruleVersion)!, next);
  const [changed] = await tx.db
    .update(creditRecords)
    .set({ category: next, expiresAt: addMonths(record.recordedAt, category.durationMonths) })
    .where(eq(creditRecords.id, record.id))
    .returning();
  await recordAudit(tx, {
    chain: record.districtCode,
    actor: options.actor,
    at: options.at,
    action: 'credit-record.reclassified',
    entityType: 'credit-record',
    entityId: record.id,
    before: { category: record.category },
    after: { category: next, ruleVersion: record.ruleVersion },
  });
  await pushRecord(tx, changed!, options.at);
}
