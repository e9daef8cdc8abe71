import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { auditSentence } from '../common/audit-sentences.ts';
import { agencies, users } from '../organisation/index.ts';
import { auditEntries } from '../platform/audit/schema.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { subjectLabels } from './subject-labels.ts';
import { canReadChain } from './visible-chains.ts';

/** Who acted, as people know them: display name and agency (one query for a whole page). */
async function actorsOf(db: AppDb, ids: string[]) {
  const rows = ids.length
    ? await db
        .select({ id: users.id, name: users.displayName, agency: agencies.name })
        .from(users)
        .leftJoin(agencies, eq(agencies.id, users.agencyId))
        .where(inArray(users.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * GOV-5: one chain's entries, newest first, a page at a time (`beforeSeq` continues a page), each with
 * the sentence people read; the stored entry (ids, before and after, hashes) comes along for the
 * technical details.
 */
export async function listAuditEntries(
  db: AppDb,
  actor: Actor,
  query: { chain: string; beforeSeq?: number; limit: number; entityId?: string; action?: string },
) {
  if (!canReadChain(actor, query.chain)) {
    throw new DomainError('NOT_FOUND', '没有可查看的审计链', 'No such audit chain within your jurisdiction');
  }
  const entries = await db
    .select()
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.chain, query.chain),
        query.beforeSeq ? lt(auditEntries.seq, query.beforeSeq) : undefined,
        query.entityId ? eq(auditEntries.entityId, query.entityId) : undefined,
        query.action ? eq(auditEntries.action, query.action) : undefined,
      ),
    )
    .orderBy(desc(auditEntries.seq))
    .limit(query.limit);
  const actors = await actorsOf(db, [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))]);
  const subjects = await subjectLabels(db, entries);
  return entries.map((e) => {
    const person = e.actorId ? actors.get(e.actorId) : undefined;
    return {
      ...e,
      sentence: auditSentence({
        occurredAt: e.occurredAt,
        action: e.action,
        actor: { name: person?.name ?? e.actorName, role: e.actorRole, agency: person?.agency ?? null },
        subject: { type: e.entityType, label: subjects.get(`${e.entityType}:${e.entityId}`) ?? null },
      }),
    };
  });
}
