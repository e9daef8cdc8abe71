import { eq } from 'drizzle-orm';
import type { AuditActor } from '../platform/audit/record.ts';
import { countDue, type WorkingCalendar } from '../platform/calendar/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import type { ApplicationContext } from './application-context.ts';
import { ACCEPT_WITHIN_WORKING_DAYS, registerAcceptDeadline } from './case-deadlines.ts';
import type { CaseRow } from './case-store.ts';
import type { PreparedSubmission } from './prepare-submission.ts';
import { caseDocuments, caseProofs, commitments } from './schema.ts';

/** GOV-4: the day by which an application submitted at `now` must be accepted or returned. */
export const acceptDueOf = (calendar: WorkingCalendar, now: Date) =>
  countDue(calendar, shanghaiDate(now), ACCEPT_WITHIN_WORKING_DAYS);

/**
 * Replaces a case's proofs with the planned ones (a draft may be saved many times); `fresh` says the
 * case was created in this transaction, so it has none to delete.
 */
export async function writeProofs(
  tx: Tx,
  caseId: string,
  prepared: Pick<PreparedSubmission, 'plan'>,
  options: { fresh?: boolean } = {},
) {
  if (!options.fresh) await tx.db.delete(caseProofs).where(eq(caseProofs.caseId, caseId));
  return tx.db
    .insert(caseProofs)
    .values(
      prepared.plan.map((p) => ({
        caseId,
        position: p.position,
        proofName: p.proofName,
        item: p.item,
        choice: p.choice,
        disclosure: p.disclosure,
        fileId: p.fileId,
        facts: p.facts,
      })),
    )
    .returning({ id: caseProofs.id, position: caseProofs.position });
}

/**
 * CASE-1..3 at submission: the proofs, each signed commitment, the filled notice and commitment
 * letters (their PDFs follow after commit), and the acceptance deadline (GOV-4), in the caller's
 * transaction.
 */
export async function writeSubmission(
  tx: Tx,
  options: {
    caseRow: CaseRow;
    context: ApplicationContext;
    prepared: PreparedSubmission;
    partyId: string;
    calendar: WorkingCalendar;
    actor: AuditActor;
    now: Date;
    /** The case was created in this transaction (see writeProofs). */
    fresh?: boolean;
  },
): Promise<{ acceptDueDate: string }> {
  const { caseRow, prepared, now } = options;
  const proofRows = await writeProofs(tx, caseRow.id, prepared, { fresh: options.fresh });
  const proofId = (position: number) => proofRows.find((r) => r.position === position)!.id;
  if (prepared.commitments.length > 0) {
    const written = await tx.db
      .insert(commitments)
      .values(
        prepared.commitments.map((c) => {
          const texts = options.context.texts.get(c.proof.item!.key)!;
          return {
            caseId: caseRow.id,
            caseProofId: proofId(c.proof.position),
            districtCode: caseRow.districtCode,
            partyId: options.partyId,
            itemKey: c.proof.item!.key,
            proofName: c.proof.proofName,
            matterName: caseRow.matterName,
            noticeTextVersionId: texts.notice.versionId,
            commitmentTextVersionId: texts.commitment.versionId,
            textSm3: c.letters.textSm3,
            ...c.signed,
            scanFileId: c.scanFileId,
            signedAt: c.signedAt,
            disclosed: c.proof.disclosure === 'consent',
            facts: c.proof.facts,
            matterFacts: c.proof.matterFacts,
            state: 'signed' as const,
            stateChangedAt: now,
          };
        }),
      )
      .returning({ id: commitments.id, caseProofId: commitments.caseProofId });
    await tx.db.insert(caseDocuments).values(
      prepared.commitments.flatMap((c) => {
        const commitmentId = written.find((w) => w.caseProofId === proofId(c.proof.position))!.id;
        return [
          { kind: 'notice' as const, model: c.letters.notice },
          { kind: 'commitment' as const, model: c.letters.commitment },
        ].map((d) => ({
          caseId: caseRow.id,
          commitmentId,
          kind: d.kind,
          title: `${d.model.title}（${c.proof.proofName}）`,
          model: d.model,
          createdAt: now,
        }));
      }),
    );
  }
  const due = acceptDueOf(options.calendar, now);
  await registerAcceptDeadline(tx, {
    caseRow,
    jurisdictionCode: options.context.agency.jurisdictionCode,
    due,
    actor: options.actor,
    now,
  });
  return { acceptDueDate: due.dueDate };
}
