import { and, eq } from 'drizzle-orm';
import type { Tx } from '../platform/db/database.ts';
import type { CommitmentState } from './proof-plan.ts';
import { commitments } from './schema.ts';

/** Commitments not yet decided on (signed) take a new state: in verification, withdrawn or lapsed. */
export const settleSignedCommitments = (
  tx: Tx,
  options: { caseId: string; state: CommitmentState; note: string; now: Date; caseProofId?: string },
) =>
  tx.db
    .update(commitments)
    .set({ state: options.state, stateNote: options.note, stateChangedAt: options.now })
    .where(
      and(
        eq(commitments.caseId, options.caseId),
        eq(commitments.state, 'signed'),
        options.caseProofId ? eq(commitments.caseProofId, options.caseProofId) : undefined,
      ),
    )
    .returning();
