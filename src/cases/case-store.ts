import { and, eq, sql } from 'drizzle-orm';
import { type CaseAction, type CaseSide, type CaseState, nextState } from '../common/case-states.ts';
import { caseActionDone } from '../common/decision-wording.ts';
import type { AuditAction } from '../platform/audit/actions.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Tx } from '../platform/db/database.ts';
import { staleVersion } from '../platform/errors.ts';
import { assertSeesCase, caseNotFound } from './case-access.ts';
import { caseActionTopics, noticeCaseChange } from './case-notices.ts';
import { caseCounters, cases } from './schema.ts';

export type CaseRow = typeof cases.$inferSelect;

/** Reads a case for a change, locked, after ORG-2; a revision read earlier must still be current. */
export async function lockCase(tx: Tx, actor: Actor, id: string, revision?: number): Promise<CaseRow> {
  const [row] = await tx.db.select().from(cases).where(eq(cases.id, id)).for('update');
  if (!row) throw caseNotFound();
  assertSeesCase(actor, row);
  if (revision !== undefined && revision !== row.revision) throw staleVersion();
  return row;
}

/** The next case number of a district and year, e.g. 370212-2026-000042. */
export async function nextCaseNo(tx: Tx, districtCode: string, year: number): Promise<string> {
  const [row] = await tx.db
    .insert(caseCounters)
    .values({ districtCode, year, next: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.districtCode, caseCounters.year],
      set: { next: sql`${caseCounters.next} + 1` },
    })
    .returning({ next: caseCounters.next });
  return `${districtCode}-${year}-${String(row!.next).padStart(6, '0')}`;
}

const auditActionOf: Record<CaseAction, AuditAction> = {
  submit: 'case.submitted',
  resubmit: 'case.resubmitted',
  withdraw: 'case.withdrawn',
  accept: 'case.accepted',
  'request-correction': 'case.correction-requested',
  approve: 'case.approved',
  refuse: 'case.refused',
  terminate: 'case.terminated',
};

export const caseAuditSummary = (row: CaseRow) => ({
  caseNo: row.caseNo,
  state: row.state,
  revision: row.revision,
  decisionNo: row.decisionNo,
  decidedOn: row.decidedOn,
  officerNote: row.officerNote,
});

/**
 * Moves a locked case one legal step (the pure state table decides), with its audit entry and both
 * sides' inbox notices in the same transaction.
 */
export async function moveCase(
  tx: Tx,
  options: {
    before: CaseRow;
    action: CaseAction;
    side: CaseSide;
    set?: Partial<CaseRow>;
    note?: string | null;
    details?: Record<string, unknown>;
    actor: AuditActor;
    now: Date;
  },
): Promise<CaseRow> {
  const { before, action, now } = options;
  const state: CaseState = nextState(before.state, action, options.side);
  const [after] = await tx.db
    .update(cases)
    .set({
      ...options.set,
      state,
      ...(options.note !== undefined ? { officerNote: options.note } : {}),
      revision: before.revision + 1,
      updatedAt: now,
    })
    .where(and(eq(cases.id, before.id), eq(cases.revision, before.revision)))
    .returning();
  if (!after) throw staleVersion();
  await recordCaseEvent(tx, {
    caseRow: after,
    action: auditActionOf[action],
    before: caseAuditSummary(before),
    after: { ...caseAuditSummary(after), note: options.note ?? null, ...options.details },
    actor: options.actor,
    now,
  });
  const done = caseActionDone(action, after.matterKind);
  await noticeCaseChange(tx, {
    caseRow: after,
    state,
    topic: caseActionTopics[action],
    what: done.zh,
    whatEn: done.en,
    now,
  });
  return after;
}

/** One audit entry of a case; the case's history is read back from these (GOV-5). */
export const recordCaseEvent = (
  tx: Tx,
  options: {
    caseRow: CaseRow;
    action: AuditAction;
    before?: unknown;
    after: unknown;
    actor: AuditActor;
    now: Date;
  },
) =>
  recordAudit(tx, {
    chain: options.caseRow.districtCode,
    actor: options.actor,
    at: options.now,
    action: options.action,
    entityType: 'case',
    entityId: options.caseRow.id,
    before: options.before,
    after: options.after,
  });

/** A change within the case's state (a proof, a commitment): the revision moves so stale screens see it. */
export async function reviseCase(tx: Tx, before: CaseRow, now: Date): Promise<CaseRow> {
  const [after] = await tx.db
    .update(cases)
    .set({ revision: before.revision + 1, updatedAt: now })
    .where(and(eq(cases.id, before.id), eq(cases.revision, before.revision)))
    .returning();
  if (!after) throw staleVersion();
  return after;
}
