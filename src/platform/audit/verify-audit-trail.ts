import { and, asc, eq, gt } from 'drizzle-orm';
import type { AppDb } from '../db/database.ts';
import { type ChainBreak, findFirstBreak, GENESIS_HASH } from './chain.ts';
import { auditChainHeads, auditEntries } from './schema.ts';

export interface ChainReport {
  chain: string;
  entries: number;
  firstBreak: ChainBreak | null;
}

const BATCH = 2000;

/** GOV-5: recomputes every chain (or the given ones) and reports the first broken link of each. */
export async function verifyAuditTrail(db: AppDb, chains?: string[]): Promise<ChainReport[]> {
  const heads = await db.select().from(auditChainHeads).orderBy(asc(auditChainHeads.chain));
  const reports: ChainReport[] = [];
  for (const head of heads.filter((h) => !chains || chains.includes(h.chain))) {
    let state = { prevHash: GENESIS_HASH, seq: 0 };
    let firstBreak: ChainBreak | null = null;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(and(eq(auditEntries.chain, head.chain), gt(auditEntries.seq, state.seq)))
        .orderBy(asc(auditEntries.seq))
        .limit(BATCH);
      if (rows.length === 0) break;
      const result = findFirstBreak(rows, state);
      if ('reason' in result) {
        firstBreak = result;
        break;
      }
      state = result;
    }
    if (!firstBreak && (state.seq !== head.seq || state.prevHash !== head.hash)) {
      firstBreak = { chain: head.chain, seq: state.seq + 1, entryId: 0, reason: 'head-mismatch' };
    }
    reports.push({ chain: head.chain, entries: head.seq, firstBreak });
  }
  return reports;
}
