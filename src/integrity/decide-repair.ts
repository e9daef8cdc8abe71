import { eq } from 'drizzle-orm';
import { creditRecords, creditRepairs, pushRecord } from '../credit/index.ts';
import { closeDeadline } from '../inbox/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { assertCan } from '../platform/auth/permissions.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid, notFound } from '../platform/errors.ts';
import { notifyParty } from '../verification/index.ts';
import { lockRecord } from './credit-office.ts';

/**
 * CRED-4: the credit office grants or refuses a repair, with reasons. Granted, the record is marked
 * repaired at once (its punishments end, eligibility returns; the record itself stays in the file),
 * the repair is pushed to the credit platforms (CRED-6), and the applicant is told either way.
 */
export async function decideRepair(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  input: { granted: boolean; reason: string };
}) {
  const { database, actor, now, input } = options;
  assertCan(actor, 'credit.manage');
  if (!input.reason.trim()) throw invalid('reason', '请写明决定理由', 'Give the reasons for the decision');
  return database.transaction(async (tx) => {
    const [repair] = await tx.db
      .select()
      .from(creditRepairs)
      .where(eq(creditRepairs.id, options.id))
      .for('update');
    if (!repair || repair.districtCode !== actor.districtCode)
      throw notFound('修复申请', 'Repair application');
    if (repair.state !== 'under-review')
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '该申请已有决定',
        'This application is already decided',
        'state',
      );
    const record = await lockRecord(tx, actor, repair.recordId);
    const state = input.granted ? 'granted' : 'refused';
    await tx.db
      .update(creditRepairs)
      .set({ state, decidedBy: actor.userId, decidedAt: now, decisionReason: input.reason.trim() })
      .where(eq(creditRepairs.id, repair.id));
    await closeDeadline(tx, { key: `credit-repair:${repair.id}`, state: 'done', actor: actorOf(actor), now });
    await recordAudit(tx, {
      chain: repair.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'credit-repair.decided',
      entityType: 'credit-repair',
      entityId: repair.id,
      after: { state, reason: input.reason.trim() },
    });
    if (input.granted) {
      const [repaired] = await tx.db
        .update(creditRecords)
        .set({ repairedAt: now })
        .where(eq(creditRecords.id, record.id))
        .returning();
      await recordAudit(tx, {
        chain: record.districtCode,
        actor: actorOf(actor),
        at: now,
        action: 'credit-record.repaired',
        entityType: 'credit-record',
        entityId: record.id,
        after: { repairId: repair.id },
      });
      await pushRecord(tx, repaired!, now);
    }
    await notifyParty(tx, {
      topic: 'credit',
      partyId: repair.partyId,
      districtCode: repair.districtCode,
      link: '/workbench/integrity',
      title: input.granted ? '您的信用修复申请已通过' : '您的信用修复申请未通过',
      titleEn: input.granted ? 'Your credit repair was granted' : 'Your credit repair was refused',
      body: input.granted
        ? `${input.reason.trim()}。该记录已修复，相应惩戒措施终止，您可以重新选择告知承诺方式办理；原记录仍保留在诚信档案中。`
        : `${input.reason.trim()}。您可以补充整改材料后重新申请。`,
      bodyEn: input.granted
        ? `${input.reason.trim()}. The record is repaired and its punishments end; you may use commitment again. The record stays in your integrity file.`
        : `${input.reason.trim()}. You may apply again with further evidence of rectification.`,
      now,
    });
    return { id: repair.id, state };
  });
}
