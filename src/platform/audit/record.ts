import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { Tx } from '../db/database.ts';
import type { AuditAction } from './actions.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';
import { auditChainHeads, auditEntries } from './schema.ts';

/** Who made a change: a signed-in user, or the platform itself (jobs, seeding). */
export interface AuditActor {
  userId: string | null;
  name: string;
  role: string;
  ip?: string | null;
  requestId?: string | null;
}

export const systemActor = (name = 'system'): AuditActor => ({ userId: null, name, role: 'system' });

/** The chain of platform-wide changes (calendar, jurisdictions above a district). */
export const PLATFORM_CHAIN = '370000';

export interface AuditRecord {
  /** The district whose chain records this (or PLATFORM_CHAIN). */
  chain: string;
  actor: AuditActor;
  at: Date;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// jsonb keeps JSON values only; normalising first makes the hashed value equal the stored one.
const asJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * GOV-5: appends one entry to the district's chain inside the caller's transaction. The chain head is
 * locked FOR UPDATE, so concurrent writers queue instead of forking the chain.
 */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.db
    .insert(auditChainHeads)
    .values({ chain: record.chain, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const [head] = await tx.db
    .select()
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chain, record.chain))
    .for('update');
  if (!head) throw new Error(`audit chain head ${record.chain} missing`);
  const content = {
    chain: record.chain,
    seq: head.seq + 1,
    occurredAt: new Date(record.at.getTime()),
    actorId: record.actor.userId,
    actorName: record.actor.name,
    actorRole: record.actor.role,
    ip: record.actor.ip ?? null,
    requestId: record.actor.requestId ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: asJson(record.before),
    after: asJson(record.after),
    prevHash: head.hash,
  };
  const hash = entryHash(content);
  await tx.db.insert(auditEntries).values({ ...content, hash });
  await tx.db
    .update(auditChainHeads)
    .set({ seq: content.seq, hash })
    .where(eq(auditChainHeads.chain, record.chain));
}

/** The audit actor of a signed-in user's request. */
export const actorOf = (actor: Actor): AuditActor => ({
  userId: actor.userId,
  name: actor.username,
  role: actor.role,
  ip: actor.ip,
  requestId: actor.requestId,
});
