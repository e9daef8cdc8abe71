import { timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { pendingClaimForUpdate } from './claim-store.ts';
import { proveClaim } from './link-party.ts';
import { codeAttemptWait, codeHash, sameName } from './party-claim-rules.ts';
import { counterCodes, partyClaims } from './schema.ts';

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Proves the account's claim with a one-time code: the SMS code sent for it, or a counter code an
 * officer issued for the same identifier and name after checking the documents in person. Wrong
 * codes count; after five in an hour the claim waits.
 */
export async function proveClaimByCode(options: {
  database: Database;
  actor: Actor;
  now: Date;
  code: string;
}): Promise<{ partyId: string }> {
  const { database, actor, now } = options;
  const outcome = await database.transaction(async (tx) => {
    const claim = await pendingClaimForUpdate(tx.db, actor.userId);
    if (!claim)
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        '没有待核验的身份',
        'There is no identity claim to prove',
        undefined,
        {
          allowedActions: [],
        },
      );
    const wait = codeAttemptWait(claim, now);
    if (wait > 0)
      throw new DomainError(
        'RATE_LIMITED',
        `验证码错误次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`,
        `Too many wrong codes; try again in ${Math.ceil(wait / 60)} minutes`,
        'code',
        { retryAfterSeconds: wait },
      );
    const bySms =
      claim.smsCodeHash &&
      claim.smsCodeExpiresAt &&
      claim.smsCodeExpiresAt > now &&
      sameHash(claim.smsCodeHash, codeHash(claim.id, options.code));
    if (bySms) {
      return proveClaim(tx, {
        claim,
        provenBy: 'sms',
        capacity: 'self',
        // The code reached the phone the rules chose: the given one only for a person never met.
        confirmedPhone: claim.phone,
        decidedBy: null,
        actor: actorOf(actor),
        now,
      });
    }
    const [counter] = await tx.db
      .select()
      .from(counterCodes)
      .where(
        and(
          eq(counterCodes.codeHash, codeHash(claim.identifier, options.code)),
          isNull(counterCodes.usedAt),
          gt(counterCodes.expiresAt, now),
        ),
      )
      .for('update');
    if (counter && counter.kind === claim.kind && sameName(counter.name, claim.name)) {
      await tx.db
        .update(counterCodes)
        .set({ usedAt: now, usedBy: actor.userId })
        .where(eq(counterCodes.id, counter.id));
      return proveClaim(tx, {
        claim,
        provenBy: 'counter',
        capacity: counter.capacity,
        confirmedPhone: null,
        decidedBy: counter.issuedBy,
        actor: actorOf(actor),
        now,
      });
    }
    await tx.db
      .update(partyClaims)
      .set({
        // Failures older than an hour are forgotten.
        failedAttempts:
          claim.lastFailedAt && now.getTime() - claim.lastFailedAt.getTime() < 3_600_000
            ? claim.failedAttempts + 1
            : 1,
        lastFailedAt: now,
      })
      .where(eq(partyClaims.id, claim.id));
    return null;
  });
  if (!outcome) throw invalid('code', '验证码不正确或已过期', 'The code is wrong or has expired');
  return outcome;
}
