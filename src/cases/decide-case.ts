import { eq, inArray } from 'drizzle-orm';
import { decisionWording } from '../common/decision-wording.ts';
import { barringRecords, partyEligibility } from '../credit/index.ts';
import { agencies } from '../organisation/index.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { sideOf } from './case-access.ts';
import { closeCaseDeadlines } from './case-deadlines.ts';
import { type CaseRow, lockCase, moveCase } from './case-store.ts';
import { settleSignedCommitments } from './lapse-commitments.ts';
import { assertProofsComplete, proofsWithCommitments } from './proof-status.ts';
import { pushCommitments } from './push-commitments.ts';
import { recordDecisionDocument } from './record-decision-document.ts';
import { caseProofs } from './schema.ts';
import type { VerificationPort } from './verification-port.ts';

export interface DecisionInput {
  outcome: 'approve' | 'refuse';
  /** 决定日期, Asia/Shanghai; today when omitted. */
  decidedOn?: string;
  /** 决定文号, e.g. 崂人社许〔2026〕15号. */
  documentNo: string;
  reason?: string;
}

function checkDecision(input: DecisionInput, caseRow: CaseRow, today: string) {
  const documentNo = input.documentNo.trim();
  if (!documentNo) throw invalid('documentNo', '请填写决定文号', 'The decision document number is required');
  const decidedOn = input.decidedOn ?? today;
  if (decidedOn > today)
    throw invalid('decidedOn', '决定日期不能晚于今天', 'The decision date cannot be in the future');
  const submittedOn = caseRow.submittedAt ? shanghaiDate(caseRow.submittedAt) : today;
  if (decidedOn < submittedOn)
    throw invalid(
      'decidedOn',
      '决定日期不能早于申请日期',
      'The decision date cannot precede the application',
    );
  const reason = input.reason?.trim() ?? '';
  if (input.outcome === 'refuse' && !reason)
    throw invalid(
      'reason',
      `${decisionWording(caseRow.matterKind, 'refuse').action.zh}须说明理由`,
      'A refusal states its reasons',
    );
  return { documentNo, decidedOn, reason };
}

/**
 * CASE-6: the handling officer approves or refuses an accepted case with its date and document
 * number. Eligibility (CASE-2) is evaluated again first: failing it turns the committed proofs into
 * required uploads and returns the case for correction, never a silent approval. Approval starts
 * the verification plan (VER-1) in the same transaction.
 */
export async function decideCase(options: {
  database: Database;
  actor: Actor;
  now: Date;
  id: string;
  revision: number;
  input: DecisionInput;
  verification: VerificationPort;
}): Promise<{ caseRow: CaseRow; eligibilityFailed: boolean; verificationTasks: number }> {
  const { database, actor, now, input } = options;
  const calendar = await loadWorkingCalendar(database.db);
  const audit = actorOf(actor);
  return database.transaction(async (tx) => {
    const before = await lockCase(tx, actor, options.id, options.revision);
    const side = sideOf(actor, before, 'officer');
    const { documentNo, decidedOn, reason } = checkDecision(input, before, shanghaiDate(now));
    const proofs = await proofsWithCommitments(tx.db, before.id);
    const live = proofs.filter((p) => p.commitment?.state === 'signed');
    const wording = decisionWording(before.matterKind, input.outcome);
    if (input.outcome === 'refuse') {
      await settleSignedCommitments(tx, {
        caseId: before.id,
        state: 'lapsed',
        note: `${wording.action.zh}：${reason}`,
        now,
      });
      await closeCaseDeadlines(tx, before.id, 'done', audit, now);
      const caseRow = await moveCase(tx, {
        before,
        action: 'refuse',
        side,
        set: { decidedOn, decisionNo: documentNo },
        note: reason,
        actor: audit,
        now,
      });
      const committedProofs = live.map((p) => p.proof.proofName);
      await recordDecisionDocument(tx, {
        caseRow,
        decision: { outcome: 'refuse', reason, committedProofs },
        now,
      });
      return { caseRow, eligibilityFailed: false, verificationTasks: 0 };
    }
    assertProofsComplete(proofs);
    const eligibility = await partyEligibility(tx.db, before.partyId, now, before.districtCode);
    if (!eligibility.eligible && live.length > 0) {
      await settleSignedCommitments(tx, {
        caseId: before.id,
        state: 'lapsed',
        note: '作出决定时申请人不再适用告知承诺制，须提交证明材料',
        now,
      });
      await tx.db
        .update(caseProofs)
        .set({ choice: 'upload', fileId: null })
        .where(
          inArray(
            caseProofs.id,
            live.map((p) => p.proof.id),
          ),
        );
      // The officer's decision clock stops while the applicant corrects, as with any correction.
      await closeCaseDeadlines(tx, before.id, 'done', audit, now);
      const caseRow = await moveCase(tx, {
        before,
        action: 'request-correction',
        side,
        set: { decisionEligibility: eligibility },
        note: `作出决定前复核：${barringRecords(eligibility)}。${eligibility.rule}。请提交以下证明材料：${live.map((p) => p.proof.proofName).join('、')}。`,
        details: { eligibilityFailed: true },
        actor: audit,
        now,
      });
      return { caseRow, eligibilityFailed: true, verificationTasks: 0 };
    }
    const settled = await settleSignedCommitments(tx, {
      caseId: before.id,
      state: 'in-verification',
      note: `${wording.action.zh}（${documentNo}），进入核查`,
      now,
    });
    await pushCommitments(tx, { commitmentIds: settled.map((c) => c.id), kind: 'commitment', at: now });
    const [agency] = await tx.db.select().from(agencies).where(eq(agencies.id, before.agencyId));
    const tasks = await options.verification.start(tx, {
      caseRow: before,
      agencyJurisdictionCode: agency!.jurisdictionCode,
      committed: settled.map((c) => ({
        commitmentId: c.id,
        item: proofs.find((p) => p.proof.id === c.caseProofId)!.proof.item!,
      })),
      decidedOn,
      calendar,
      actor: audit,
      now,
    });
    await closeCaseDeadlines(tx, before.id, 'done', audit, now);
    const caseRow = await moveCase(tx, {
      before,
      action: 'approve',
      side,
      set: { decidedOn, decisionNo: documentNo, decisionEligibility: eligibility },
      details: { verificationTasks: tasks.length },
      actor: audit,
      now,
    });
    await recordDecisionDocument(tx, {
      caseRow,
      decision: { outcome: 'approve', reason: '', committedProofs: settled.map((c) => c.proofName) },
      now,
    });
    return { caseRow, eligibilityFailed: false, verificationTasks: tasks.length };
  });
}
