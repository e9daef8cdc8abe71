import { and, eq } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, forbidden } from '../platform/errors.ts';
import { type ClaimInput, checkedClaim, insertClaim } from './claim-input.ts';
import { partyClaims } from './schema.ts';

/**
 * An applicant account without a party names whom it is (again): after a typo, or after an
 * organisation refused it. A claim still open is withdrawn first; the new one starts unproven.
 */
export async function filePartyClaim(options: {
  database: Database;
  actor: Actor;
  now: Date;
  input: ClaimInput;
}): Promise<void> {
  const { database, actor, now } = options;
  if (actor.role !== 'applicant') throw forbidden();
  if (actor.partyId)
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      '本账号已完成身份核验',
      'This account has already proven whom it is',
      undefined,
      { allowedActions: [] },
    );
  const claim = checkedClaim(options.input);
  await database.transaction(async (tx) => {
    await tx.db
      .update(partyClaims)
      .set({ status: 'withdrawn', decidedAt: now, decidedBy: actor.userId, smsCodeHash: null })
      .where(and(eq(partyClaims.userId, actor.userId), eq(partyClaims.status, 'pending')));
    await insertClaim(tx, { userId: actor.userId, districtCode: actor.districtCode, claim, now });
    await recordAudit(tx, {
      chain: actor.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'party-claim.filed',
      entityType: 'user',
      entityId: actor.userId,
      after: { claims: { kind: claim.kind, identifier: maskIdentifier(claim.identifier), name: claim.name } },
    });
  });
}
