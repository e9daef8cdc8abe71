import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { caseProofs, commitments } from './schema.ts';

/**
 * Each proof of a case with its live commitment (signed or later), if any, and its latest commitment
 * in any state (a withdrawn or lapsed one stays visible on the case).
 */
export async function proofsWithCommitments(db: AppDb, caseId: string) {
  const [proofs, signed] = await Promise.all([
    db.select().from(caseProofs).where(eq(caseProofs.caseId, caseId)).orderBy(asc(caseProofs.position)),
    db.select().from(commitments).where(eq(commitments.caseId, caseId)),
  ]);
  return proofs.map((proof) => {
    const own = signed.filter((c) => c.caseProofId === proof.id);
    return {
      proof,
      commitment: own.find((c) => !['withdrawn', 'lapsed'].includes(c.state)) ?? null,
      latest: own.sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime())[0] ?? null,
    };
  });
}

/** Before a case goes on (resubmission, decision) every proof is committed or uploaded. */
export function assertProofsComplete(rows: Awaited<ReturnType<typeof proofsWithCommitments>>): void {
  const gap = rows.find(({ proof, commitment }) => (proof.choice === 'commit' ? !commitment : !proof.fileId));
  if (gap)
    throw invalid(
      `proofs[${gap.proof.position}]`,
      `证明材料「${gap.proof.proofName}」尚未提交`,
      `The proof "${gap.proof.proofName}" has not been provided`,
    );
}
