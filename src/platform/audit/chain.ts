import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';

/** The hash before the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an audit entry says; the hash covers all of it and the previous entry's hash. */
export interface AuditContent {
  chain: string;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/** Hashes exactly the fields of `AuditContent`, whatever else the row object carries (id, hash). */
export function entryHash(c: AuditContent): string {
  return sm3Hex(
    canonicalJson({
      chain: c.chain,
      seq: c.seq,
      occurredAt: c.occurredAt.toISOString(),
      actorId: c.actorId,
      actorName: c.actorName,
      actorRole: c.actorRole,
      ip: c.ip,
      requestId: c.requestId,
      action: c.action,
      entityType: c.entityType,
      entityId: c.entityId,
      before: c.before,
      after: c.after,
      prevHash: c.prevHash,
    }),
  );
}

export interface ChainBreak {
  chain: string;
  seq: number;
  entryId: number;
  reason: 'hash-mismatch' | 'broken-link' | 'sequence-gap' | 'head-mismatch';
}

/**
 * Walks one chain's entries in sequence order and reports the first entry whose content, link to
 * its predecessor, or position does not hold. `head` is the chain head row, checked last.
 */
export function findFirstBreak(
  entries: Iterable<AuditContent & { id: number; hash: string }>,
  state: { prevHash: string; seq: number },
): ChainBreak | { prevHash: string; seq: number } {
  let { prevHash, seq } = state;
  for (const entry of entries) {
    const at = { chain: entry.chain, seq: entry.seq, entryId: entry.id };
    if (entry.seq !== seq + 1) return { ...at, reason: 'sequence-gap' };
    if (entry.prevHash !== prevHash) return { ...at, reason: 'broken-link' };
    if (entryHash(entry) !== entry.hash) return { ...at, reason: 'hash-mismatch' };
    prevHash = entry.hash;
    seq = entry.seq;
  }
  return { prevHash, seq };
}
