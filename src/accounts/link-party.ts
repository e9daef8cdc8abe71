import { and, eq } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { type PartyCapacity, parties, users } from '../organisation/index.ts';
import { type AuditActor, recordAudit } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { type ClaimProof, partyClaims } from './schema.ts';

type Claim = typeof partyClaims.$inferSelect;

/**
 * Proves a claim: the account now is the person, or acts for the organisation, with all that party's
 * cases and files. The party is created if the platform never met it; a phone that the proof itself
 * confirmed (an SMS code reached it) becomes its phone on record when it has none.
 */
export async function proveClaim(
  tx: Tx,
  options: {
    claim: Claim;
    provenBy: ClaimProof;
    capacity: PartyCapacity;
    /** The phone the proof confirmed, if it did. */
    confirmedPhone: string | null;
    decidedBy: string | null;
    actor: AuditActor;
    now: Date;
  },
): Promise<{ partyId: string }> {
  const { claim, now } = options;
  await tx.db
    .insert(parties)
    .values({
      kind: claim.kind,
      identifier: claim.identifier,
      name: claim.name,
      phone: options.confirmedPhone,
      createdAt: now,
    })
    .onConflictDoNothing();
  const [party] = await tx.db.select().from(parties).where(eq(parties.identifier, claim.identifier));
  if (!party) throw new Error(`party ${claim.kind} missing after insert`);
  if (!party.phone && options.confirmedPhone)
    await tx.db.update(parties).set({ phone: options.confirmedPhone }).where(eq(parties.id, party.id));
  await tx.db
    .update(users)
    .set({ partyId: party.id, partyCapacity: options.capacity })
    .where(eq(users.id, claim.userId));
  const proven = await tx.db
    .update(partyClaims)
    .set({
      status: 'proven',
      provenBy: options.provenBy,
      partyId: party.id,
      decidedAt: now,
      decidedBy: options.decidedBy,
      smsCodeHash: null,
      smsCodeExpiresAt: null,
    })
    .where(and(eq(partyClaims.id, claim.id), eq(partyClaims.status, 'pending')))
    .returning({ id: partyClaims.id });
  if (proven.length === 0)
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      '该身份核验申请已处理',
      'This claim has already been decided',
      undefined,
      { allowedActions: [] },
    );
  await recordAudit(tx, {
    chain: claim.districtCode,
    actor: options.actor,
    at: now,
    action: 'party-claim.proven',
    entityType: 'user',
    entityId: claim.userId,
    after: {
      party: { kind: claim.kind, identifier: maskIdentifier(claim.identifier), name: claim.name },
      capacity: options.capacity,
      provenBy: options.provenBy,
    },
  });
  return { partyId: party.id };
}
