import { and, desc, eq, lt } from 'drizzle-orm';
import { auditEntries } from '../platform/audit/schema.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { canReadChain } from './visible-chains.ts';

/** GOV-5: one chain's entries, newest first, a page at a time (`beforeSeq` continues a page). */
export async function listAuditEntries(
  db: AppDb,
  actor: Actor,
  query: { chain: string; beforeSeq?: number; limit: number; entityId?: string },
) {
  if (!canReadChain(actor, query.chain)) {
    throw new DomainError('NOT_FOUND', '没有可查看的审计链', 'No such audit chain within your jurisdiction');
  }
  return db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.chain, query.chain),
        query.beforeSeq ? lt(auditEntries.seq, query.beforeSeq) : undefined,
        query.entityId ? eq(auditEntries.entityId, query.entityId) : undefined,
      ),
    )
    .orderBy(desc(auditEntries.seq))
    .limit(query.limit);
}
