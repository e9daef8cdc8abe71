import { eq } from 'drizzle-orm';
import { type DecisionFacts, decisionDocument } from '../common/decision-document.ts';
import { agencies, parties } from '../organisation/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { shanghaiDate } from '../platform/time.ts';
import type { CaseRow } from './case-store.ts';
import { caseDocuments } from './schema.ts';

/**
 * CASE-6, DOC-6: the decision document (决定书) is written with the decision, in its transaction, as
 * a letter of the case; like the notice and commitment it is rendered to PDF after commit and stored
 * with its SM3, so the copy the applicant downloads can be checked against the one recorded.
 */
export async function recordDecisionDocument(
  tx: Tx,
  options: {
    caseRow: CaseRow;
    decision: Pick<DecisionFacts, 'outcome' | 'reason' | 'committedProofs'>;
    now: Date;
  },
): Promise<void> {
  const c = options.caseRow;
  const [[party], [agency]] = await Promise.all([
    tx.db.select().from(parties).where(eq(parties.id, c.partyId)),
    tx.db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, c.agencyId)),
  ]);
  const model = decisionDocument({
    ...options.decision,
    matterKind: c.matterKind,
    matterName: c.matterName,
    agencyName: agency!.name,
    applicant: { kind: party!.kind, name: party!.name, identifier: party!.identifier },
    caseNo: c.caseNo,
    submittedOn: shanghaiDate(c.submittedAt ?? c.createdAt),
    acceptedOn: c.acceptedAt ? shanghaiDate(c.acceptedAt) : null,
    decidedOn: c.decidedOn!,
    documentNo: c.decisionNo!,
  });
  await tx.db.insert(caseDocuments).values({
    caseId: c.id,
    kind: 'decision',
    title: model.title,
    model,
    createdAt: options.now,
  });
}
