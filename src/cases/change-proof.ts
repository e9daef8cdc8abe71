import { and, eq } from 'drizzle-orm';
import { proofsOpen } from '../common/case-states.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid, notFound } from '../platform/errors.ts';
import { sideOf } from './case-access.ts';
import { noticeCaseChange } from './case-notices.ts';
import { type CaseRow, lockCase, recordCaseEvent, reviseCase } from './case-store.ts';
import { settleSignedCommitments } from './lapse-commitments.ts';
import { assertOwnFiles } from './prepare-submission.ts';
import { caseProofs } from './schema.ts';

const decided = () =>
  new DomainError(
    'ILLEGAL_TRANSITION',
    '案件已作出决定或已结束，证明材料不能再更改',
    'The case is decided or closed; its proofs can no longer change',
    'state',
  );

/**
 * CASE-5 and uploads: until the decision the applicant may withdraw a commitment for one proof and
 * submit the proof instead (`withdraw`), or attach the file of a proof to be submitted (`attach`).
 * The case carries on; the change is in its history and both inboxes.
 */
export async function changeProof(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  proofId: string;
  revision: number;
  change: 'withdraw-commitment' | 'attach-file';
  fileId: string | null;
  reason: string;
}): Promise<CaseRow> {
  const { database, actor, now, change } = options;
  const audit = actorOf(actor);
  return database.transaction(async (tx) => {
    const before = await lockCase(tx, actor, options.id, options.revision);
    sideOf(actor, before, 'applicant');
    if (!proofsOpen(before.state)) throw decided();
    const [proof] = await tx.db
      .select()
      .from(caseProofs)
      .where(and(eq(caseProofs.id, options.proofId), eq(caseProofs.caseId, before.id)))
      .for('update');
    if (!proof) throw notFound('证明材料', 'Proof');
    if (change === 'withdraw-commitment' && proof.choice !== 'commit')
      throw invalid('proofId', '该证明材料未作承诺，无需撤回', 'This proof is not under commitment');
    if (change === 'attach-file' && !options.fileId)
      throw invalid('fileId', '请上传证明材料', 'Upload the proof');
    // A committed proof changes to an upload only by withdrawing its commitment (CASE-5), which ends it.
    if (change === 'attach-file' && proof.choice === 'commit')
      throw invalid(
        'proofId',
        '该证明材料已作承诺；如需改交证明，请先撤回承诺',
        'This proof is under commitment; withdraw the commitment to submit the proof instead',
      );
    await assertOwnFiles(tx.db, actor, before.districtCode, [options.fileId]);
    await tx.db
      .update(caseProofs)
      .set({ choice: 'upload', fileId: options.fileId ?? proof.fileId })
      .where(eq(caseProofs.id, proof.id));
    if (change === 'withdraw-commitment')
      await settleSignedCommitments(tx, {
        caseId: before.id,
        state: 'withdrawn',
        note: options.reason.trim() || '申请人中途撤回承诺，改为提交证明材料',
        now,
        caseProofId: proof.id,
      });
    const after = await reviseCase(tx, before, now);
    await recordCaseEvent(tx, {
      caseRow: after,
      action: change === 'withdraw-commitment' ? 'case.commitment-withdrawn' : 'case.proof-file-attached',
      before: { proof: proof.proofName, choice: proof.choice, fileId: proof.fileId },
      after: {
        proof: proof.proofName,
        choice: 'upload',
        fileId: options.fileId,
        reason: options.reason.trim() || null,
      },
      actor: audit,
      now,
    });
    await noticeCaseChange(tx, {
      caseRow: after,
      state: after.state,
      topic: 'application',
      what:
        change === 'withdraw-commitment'
          ? `撤回「${proof.proofName}」的承诺，改为提交证明`
          : `已上传「${proof.proofName}」`,
      whatEn:
        change === 'withdraw-commitment'
          ? `commitment withdrawn for "${proof.proofName}"`
          : `"${proof.proofName}" uploaded`,
      now,
    });
    return after;
  });
}
