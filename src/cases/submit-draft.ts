import { asc, eq } from 'drizzle-orm';
import { nextState } from '../common/case-states.ts';
import { parties } from '../organisation/index.ts';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { loadWorkingCalendar } from '../platform/calendar/load-calendar.ts';
import type { PlatformKey } from '../platform/crypto/platform-key.ts';
import type { Database } from '../platform/db/database.ts';
import { applicationContext } from './application-context.ts';
import { caseNotFound, sideOf } from './case-access.ts';
import { type CaseRow, lockCase, moveCase } from './case-store.ts';
import { prepareSubmission, type SignatureInput } from './prepare-submission.ts';
import type { ProofRequest } from './proof-plan.ts';
import { caseProofs, cases } from './schema.ts';
import { writeSubmission } from './write-submission.ts';

/** A saved draft's proofs as requests, for submitting it unchanged. */
export const storedRequests = async (database: Database, caseId: string): Promise<ProofRequest[]> =>
  (
    await database.db
      .select()
      .from(caseProofs)
      .where(eq(caseProofs.caseId, caseId))
      .orderBy(asc(caseProofs.position))
  ).map((p) => ({
    proof: p.proofName,
    choice: p.choice,
    disclosure: p.disclosure,
    fileId: p.fileId,
    facts: p.facts,
  }));

/** A case the actor may submit for the applicant, with its party. */
export async function draftOf(database: Database, actor: Actor, id: string) {
  const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, id));
  if (!caseRow) throw caseNotFound();
  sideOf(actor, caseRow, 'applicant');
  const [party] = await database.db.select().from(parties).where(eq(parties.id, caseRow.partyId));
  return { caseRow, party: party! };
}

/**
 * CASE-1: submits a draft (with changed choices, if given). The list in force and eligibility are
 * those of the submission moment, which is the application date.
 */
export async function submitDraft(options: {
  database: Database;
  actor: Actor;
  now: Date;
  platformKey: PlatformKey;
  id: string;
  revision: number;
  proofs: ProofRequest[] | undefined;
  signature: SignatureInput | undefined;
}): Promise<CaseRow> {
  const { database, actor, now } = options;
  const { caseRow, party } = await draftOf(database, actor, options.id);
  // Only a draft is submitted (a submitted case is not written over); refused before any work.
  nextState(caseRow.state, 'submit', 'applicant');
  const context = await applicationContext(database.db, caseRow.administrativeMatterId, now);
  const prepared = await prepareSubmission({
    db: database.db,
    actor,
    context,
    committer: {
      kind: party.kind,
      identifier: party.identifier,
      name: party.name,
      phone: caseRow.applicantPhone,
    },
    partyId: party.id,
    requests: options.proofs ?? (await storedRequests(database, caseRow.id)),
    signature: options.signature,
    complete: true,
    platformKey: options.platformKey,
    now,
  });
  const calendar = await loadWorkingCalendar(database.db);
  const audit = actorOf(actor);
  return database.transaction(async (tx) => {
    const before = await lockCase(tx, actor, options.id, options.revision);
    nextState(before.state, 'submit', 'applicant');
    const { acceptDueDate } = await writeSubmission(tx, {
      caseRow: before,
      context,
      prepared,
      partyId: party.id,
      calendar,
      actor: audit,
      now,
    });
    return moveCase(tx, {
      before,
      action: 'submit',
      side: 'applicant',
      set: {
        listVersionId: context.list?.id ?? null,
        listVersionNo: context.list?.versionNo ?? null,
        eligibility: prepared.eligibility,
        submittedAt: now,
        acceptDueDate,
      },
      details: { eligible: prepared.eligibility.eligible, commitments: prepared.commitments.length },
      actor: audit,
      now,
    });
  });
}
