import { and, eq } from 'drizzle-orm';
import { actionLabels, nextState } from '../common/case-states.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { canAccessDistrict } from '../platform/auth/permissions.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import { canonicalJson, sm3Hex } from '../platform/crypto/sm3.ts';
import type { Database } from '../platform/db/database.ts';
import { uniqueViolation } from '../platform/db/database-errors.ts';
import { DomainError } from '../platform/errors.ts';
import { shanghaiDate } from '../platform/time.ts';
import { applicationContext } from './application-context.ts';
import { type CounterApplicant, ensureParty, resolveApplicant } from './case-applicant.ts';
import { noticeCaseChange } from './case-notices.ts';
import { type CaseRow, caseAuditSummary, nextCaseNo, recordCaseEvent } from './case-store.ts';
import { prepareSubmission, type SignatureInput } from './prepare-submission.ts';
import type { ProofRequest } from './proof-plan.ts';
import { cases } from './schema.ts';
import { acceptDueOf, writeProofs, writeSubmission } from './write-submission.ts';

export interface ApplicationInput {
  administrativeMatterId: string;
  proofs: ProofRequest[];
  /** false keeps a draft (no signature yet); true submits at once. */
  submit: boolean;
  phone?: string;
  /** Window officers only: the applicant they enter the application for. */
  applicant?: CounterApplicant;
  signature?: SignatureInput;
}

const replayOf = async (database: Database, actor: Actor, key: string, requestSm3: string) => {
  const [found] = await database.db
    .select()
    .from(cases)
    .where(and(eq(cases.enteredBy, actor.userId), eq(cases.idempotencyKey, key)));
  if (found && found.requestSm3 !== requestSm3)
    throw new DomainError(
      'CONFLICT',
      '该幂等键已用于另一份申请',
      'This Idempotency-Key was already used for a different application',
      'Idempotency-Key',
    );
  return found;
};

/**
 * CASE-1..4: an applicant (or a window officer for one) applies for a matter, as a draft or at once.
 * One transaction writes the case, its proofs, commitments, letters, deadline, audit and notices; the
 * same Idempotency-Key answers the same case.
 */
export async function submitApplication(options: {
  database: Database;
  actor: Actor;
  now: Date;
  platformKey: PlatformKey;
  idempotencyKey: string | null;
  input: ApplicationInput;
}): Promise<{ caseRow: CaseRow; replayed: boolean }> {
  const { database, actor, now, input, idempotencyKey } = options;
  const requestSm3 = sm3Hex(canonicalJson(input));
  if (idempotencyKey) {
    const replayed = await replayOf(database, actor, idempotencyKey, requestSm3);
    if (replayed) return { caseRow: replayed, replayed: true };
  }
  const context = await applicationContext(database.db, input.administrativeMatterId, now);
  const applicant = await resolveApplicant(database.db, actor, input.applicant, input.phone);
  if (applicant.channel === 'counter') {
    const ownAgency = actor.agencyId === null || actor.agencyId === context.agency.id;
    if (!ownAgency || !canAccessDistrict(actor, context.matter.districtCode))
      throw new DomainError(
        'FORBIDDEN',
        '只能代录本单位承办事项的申请',
        "Window officers enter applications for their own agency's matters only",
        'administrativeMatterId',
      );
  }
  const prepared = await prepareSubmission({
    db: database.db,
    actor,
    context,
    committer: applicant.committer,
    partyId: applicant.partyId,
    requests: input.proofs,
    signature: input.signature,
    complete: input.submit,
    platformKey: options.platformKey,
    now,
  });
  const calendar = input.submit ? await loadWorkingCalendar(database.db) : null;
  const audit = actorOf(actor);
  try {
    return await database.transaction(async (tx) => {
      const partyId =
        applicant.channel === 'counter'
          ? await ensureParty(tx, applicant.committer, now)
          : applicant.partyId!;
      const state = input.submit ? nextState('draft', 'submit', 'applicant') : 'draft';
      const [created] = await tx.db
        .insert(cases)
        .values({
          caseNo: await nextCaseNo(tx, context.matter.districtCode, Number(shanghaiDate(now).slice(0, 4))),
          districtCode: context.matter.districtCode,
          agencyId: context.agency.id,
          administrativeMatterId: context.matter.id,
          matterName: context.matter.name,
          matterKind: context.matter.kind,
          partyId,
          enteredBy: actor.userId,
          channel: applicant.channel,
          agentName: applicant.agentName,
          applicantPhone: applicant.committer.phone,
          state,
          idempotencyKey,
          requestSm3,
          ...(input.submit
            ? {
                listVersionId: context.list?.id ?? null,
                listVersionNo: context.list?.versionNo ?? null,
                eligibility: prepared.eligibility,
                submittedAt: now,
                // The same day writeSubmission registers as the deadline, written with the row.
                acceptDueDate: acceptDueOf(calendar!, now).dueDate,
              }
            : {}),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const caseRow = created!;
      if (input.submit) {
        await writeSubmission(tx, {
          caseRow,
          context,
          prepared,
          partyId,
          calendar: calendar!,
          actor: audit,
          now,
          fresh: true,
        });
        await noticeCaseChange(tx, {
          caseRow,
          state,
          topic: 'application',
          what: actionLabels.submit.doneZh,
          whatEn: actionLabels.submit.doneEn,
          now,
        });
      } else await writeProofs(tx, caseRow.id, prepared, { fresh: true });
      await recordCaseEvent(tx, {
        caseRow: caseRow,
        action: input.submit ? 'case.submitted' : 'case.drafted',
        after: {
          ...caseAuditSummary(caseRow),
          channel: applicant.channel,
          listVersionNo: caseRow.listVersionNo,
          eligible: prepared.eligibility.eligible,
          proofs: prepared.plan.map((p) => ({
            proof: p.proofName,
            choice: p.choice,
            disclosure: p.disclosure,
          })),
          commitments: prepared.commitments.map((c) => ({
            proof: c.proof.proofName,
            textSm3: c.letters.textSm3,
            method: c.signed.signatureMethod,
            signedAt: c.signedAt.toISOString(),
          })),
        },
        actor: audit,
        now,
      });
      return { caseRow: caseRow, replayed: false };
    });
  } catch (error) {
    // Two requests with one key at once: the loser's insert meets the winner's row; answer that case.
    if (idempotencyKey && uniqueViolation(error)) {
      const replayed = await replayOf(database, actor, idempotencyKey, requestSm3);
      if (replayed) return { caseRow: replayed, replayed: true };
    }
    throw error;
  }
}
