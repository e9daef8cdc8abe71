import { and, eq } from 'drizzle-orm';
import { formatDate } from '../common/dates.ts';
import { addMonths, creditRepairs, currentRulebook, inEffect, partyStanding } from '../credit/index.ts';
import { registerDeadline } from '../inbox/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { provenParty } from '../platform/auth/proven-party.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { attachedDocuments } from '../verification/index.ts';
import { creditDeadline, creditOfficeDue, lockRecord } from './credit-office.ts';

/**
 * CRED-4: the applicant applies for credit repair (信用修复) of one of their records in effect, with
 * what they rectified and evidence, once the category's waiting period has passed. The district's
 * credit office must decide within the rulebook's working days (a deadline the scan follows).
 */
export async function applyForRepair(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: { recordId: string; rectification: string; evidence: string[] };
}) {
  const { database, actor, now, input } = options;
  const partyId = provenParty(actor);
  return database.transaction(async (tx) => {
    const record = await lockRecord(tx, actor, input.recordId);
    const standing = await partyStanding(tx.db, partyId, now, null);
    const fact = standing.records.find((r) => r.id === record.id)!;
    if (!inEffect(fact, now))
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该记录已修复、已更正或已届满，无需修复',
        'This record is already repaired, corrected or expired',
        'recordId',
      );
    const from = addMonths(record.recordedAt, fact.category.repairWaitingMonths);
    if (from > now)
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        `「${fact.category.name}」记录须满${fact.category.repairWaitingMonths}个月方可申请修复，${formatDate(from)}起可以申请`,
        `A "${fact.category.nameEn}" record may be repaired ${fact.category.repairWaitingMonths} months after it was made: from ${formatDate(from, 'en')}`,
        'recordId',
        undefined,
        { repairableFrom: from.toISOString() },
      );
    const [open] = await tx.db
      .select({ id: creditRepairs.id })
      .from(creditRepairs)
      .where(and(eq(creditRepairs.recordId, record.id), eq(creditRepairs.state, 'under-review')));
    if (open)
      throw new DomainError(
        'CONFLICT',
        '该记录已有一份修复申请正在审核',
        'A repair application for this record is under review',
        'recordId',
      );
    const rulebook = await currentRulebook(tx.db, record.districtCode);
    const due = await creditOfficeDue(tx.db, now, rulebook.repairDecisionWorkingDays);
    const evidence = await attachedDocuments(tx, actor, record.districtCode, input.evidence);
    const [repair] = await tx.db
      .insert(creditRepairs)
      .values({
        recordId: record.id,
        partyId,
        districtCode: record.districtCode,
        rectification: input.rectification.trim(),
        evidence,
        state: 'under-review',
        appliedBy: actor.userId,
        appliedAt: now,
        dueOn: due.dueDate,
      })
      .returning();
    await registerDeadline(tx, {
      input: creditDeadline({
        key: `credit-repair:${repair!.id}`,
        districtCode: record.districtCode,
        title: `信用修复申请（${fact.category.name}）待决定`,
        titleEn: 'Credit repair application to decide',
        due,
        link: '/workbench/credit/repairs',
      }),
      actor: actorOf(actor),
      now,
    });
    await recordAudit(tx, {
      chain: record.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'credit-repair.applied',
      entityType: 'credit-repair',
      entityId: repair!.id,
      after: { recordId: record.id, evidence, dueOn: due.dueDate },
    });
    return { id: repair!.id, state: repair!.state, dueOn: repair!.dueOn };
  });
}
