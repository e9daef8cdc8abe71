import { maskIdentifier } from '../common/identifiers/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import { latestClaimOf } from './claim-store.ts';
import { SMS_INTERVAL_SECONDS } from './party-claim-rules.ts';

/**
 * What the account's identity check stands at, and the ways left to prove it: by SMS (persons),
 * with a code from the counter, or (agents of an organisation) by the organisation's administrator.
 */
export async function getPartyClaim(db: AppDb, actor: Actor, now: Date) {
  const claim = await latestClaimOf(db, actor.userId);
  if (!claim) return { status: actor.partyId ? ('proven' as const) : ('none' as const), claim: null };
  const smsAgainAt = claim.smsSentAt
    ? new Date(claim.smsSentAt.getTime() + SMS_INTERVAL_SECONDS * 1000)
    : null;
  return {
    status: claim.status,
    claim: {
      id: claim.id,
      kind: claim.kind,
      name: claim.name,
      identifier: maskIdentifier(claim.identifier),
      capacity: claim.capacity,
      provenBy: claim.provenBy,
      createdAt: claim.createdAt.toISOString(),
      decidedAt: claim.decidedAt?.toISOString() ?? null,
      ways: claim.kind === 'person' ? ['sms', 'counter'] : ['company-administrator', 'counter'],
      smsSentAt: claim.smsSentAt?.toISOString() ?? null,
      smsAvailableInSeconds:
        smsAgainAt && smsAgainAt > now ? Math.ceil((smsAgainAt.getTime() - now.getTime()) / 1000) : 0,
    },
  };
}
