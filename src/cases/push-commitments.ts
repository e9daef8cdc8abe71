import { eq, inArray } from 'drizzle-orm';
import { pushedParty, queueCreditPush } from '../credit/index.ts';
import type { Tx } from '../platform/db/database.ts';
import { cases, commitments } from './schema.ts';

const fulfilmentWords: Record<string, string> = { kept: '已履行（核查属实）', false: '未履行（承诺不实）' };

/**
 * CRED-6: commitments made binding by a decision ('commitment'), and how each was kept once verified
 * ('fulfilment'), pushed to the district's credit platforms in the transaction of the change.
 */
export async function pushCommitments(
  tx: Tx,
  options: { commitmentIds: readonly string[]; kind: 'commitment' | 'fulfilment'; at: Date },
) {
  if (options.commitmentIds.length === 0) return;
  const rows = await tx.db
    .select({ commitment: commitments, caseNo: cases.caseNo, decisionNo: cases.decisionNo })
    .from(commitments)
    .innerJoin(cases, eq(cases.id, commitments.caseId))
    .where(inArray(commitments.id, [...options.commitmentIds]));
  for (const { commitment: c, caseNo, decisionNo } of rows) {
    const party = await pushedParty(tx.db, c.partyId);
    const state = options.kind === 'fulfilment' ? (fulfilmentWords[c.state] ?? c.state) : '已作出承诺';
    await queueCreditPush(tx, {
      districtCode: c.districtCode,
      kind: options.kind,
      subjectId: c.id,
      summary: `${party.name}：${c.matterName}「${c.proofName}」${state}`,
      data: {
        commitmentId: c.id,
        party,
        caseNo,
        decisionNo,
        matterName: c.matterName,
        proofName: c.proofName,
        signedAt: c.signedAt.toISOString(),
        state: c.state,
        status: state,
        note: c.stateNote,
      },
      at: options.at,
    });
  }
}
