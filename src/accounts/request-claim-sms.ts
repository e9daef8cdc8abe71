import { eq } from 'drizzle-orm';
import { parties } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { queueSms } from '../platform/messaging/queue-sms.ts';
import { pendingClaimForUpdate } from './claim-store.ts';
import {
  codeHash,
  newSmsCode,
  SMS_CODE_MINUTES,
  SMS_INTERVAL_SECONDS,
  smsRecipient,
} from './party-claim-rules.ts';
import { partyClaims } from './schema.ts';

const noOpenClaim = () =>
  new DomainError(
    'ILLEGAL_TRANSITION',
    '没有待核验的身份',
    'There is no identity claim to prove',
    undefined,
    {
      allowedActions: [],
    },
  );

/**
 * Sends a one-time code for the account's claim by SMS, to the phone the rules name (the phone on
 * record of a known person). The answer is the same whether a message went out or not, so it tells
 * nothing about who is known; the message goes through the outbox, so it survives a gateway outage.
 */
export async function requestClaimSms(options: {
  database: Database;
  actor: Actor;
  now: Date;
  random?: (max: number) => number;
}): Promise<{ retryAfterSeconds: number }> {
  const { database, actor, now } = options;
  return database.transaction(async (tx) => {
    const claim = await pendingClaimForUpdate(tx.db, actor.userId);
    if (!claim) throw noOpenClaim();
    if (claim.smsSentAt && now.getTime() - claim.smsSentAt.getTime() < SMS_INTERVAL_SECONDS * 1000) {
      const wait = Math.ceil(
        (claim.smsSentAt.getTime() + SMS_INTERVAL_SECONDS * 1000 - now.getTime()) / 1000,
      );
      throw new DomainError(
        'RATE_LIMITED',
        `验证码已发送，请 ${wait} 秒后再试`,
        `A code was just sent; try again in ${wait} seconds`,
        undefined,
        { retryAfterSeconds: wait },
      );
    }
    const [party] = await tx.db.select().from(parties).where(eq(parties.identifier, claim.identifier));
    const to = smsRecipient(claim, party ?? null);
    const code = newSmsCode(options.random);
    const expiresAt = new Date(now.getTime() + SMS_CODE_MINUTES * 60_000);
    await tx.db
      .update(partyClaims)
      .set({ smsCodeHash: to ? codeHash(claim.id, code) : null, smsCodeExpiresAt: expiresAt, smsSentAt: now })
      .where(eq(partyClaims.id, claim.id));
    if (to) {
      await queueSms(tx, {
        to,
        text: `【承诺平台】您的身份核验码为 ${code}，${SMS_CODE_MINUTES} 分钟内有效。如非本人操作，请勿告诉他人。`,
        purpose: 'party-claim-code',
        now,
        expiresAt,
      });
    }
    await recordAudit(tx, {
      chain: claim.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'party-claim.sms-sent',
      entityType: 'user',
      entityId: actor.userId,
      after: { sent: to !== null },
    });
    return { retryAfterSeconds: SMS_INTERVAL_SECONDS };
  });
}
