import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import { maskPhone } from '../common/identifiers/index.ts';
import { districtSettings } from '../organisation/index.ts';
import { recordAudit } from '../platform/audit/record.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { queueSms } from '../platform/messaging/queue-sms.ts';
import { codeHash, newSmsCode, SMS_CODE_MINUTES, SMS_INTERVAL_SECONDS } from './party-claim-rules.ts';
import { phoneCodeWait } from './phone-code-rules.ts';
import { phoneCodes } from './schema.ts';

/**
 * Q-1: sends a one-time code to the mobile number someone registering gives, through the SMS outbox
 * (it survives a gateway outage). Only the code's SM3 is kept; the entry in the chosen district's
 * audit chain names the number masked.
 */
export async function sendRegistrationCode(options: {
  database: Database;
  now: Date;
  input: { phone: string; districtCode: string };
  ip: string | null;
  requestId: string | null;
  random?: (max: number) => number;
}): Promise<{ retryAfterSeconds: number }> {
  const { database, now, input } = options;
  const [served] = await database.db
    .select({ code: districtSettings.districtCode })
    .from(districtSettings)
    .where(eq(districtSettings.districtCode, input.districtCode));
  if (!served)
    throw invalid('districtCode', '本平台未开通该区县', 'This district is not served by the platform');
  return database.transaction(async (tx) => {
    // One sender at a time per number, so two quick requests cannot both pass the interval.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`phone-code:${input.phone}`}))`);
    const dayAgo = new Date(now.getTime() - 86_400_000);
    const [sent] = await tx.db
      .select({
        inLastDay: sql<number>`count(*)::int`,
        latestAt: sql<Date | null>`max(${phoneCodes.sentAt})`.mapWith(phoneCodes.sentAt),
        oldestInLastDayAt: sql<Date | null>`min(${phoneCodes.sentAt})`.mapWith(phoneCodes.sentAt),
      })
      .from(phoneCodes)
      .where(and(eq(phoneCodes.phone, input.phone), gt(phoneCodes.sentAt, dayAgo)));
    const wait = phoneCodeWait(sent!, now);
    if (wait > 0)
      throw new DomainError(
        'RATE_LIMITED',
        `验证码发送过于频繁，请 ${wait} 秒后再试`,
        `Codes were sent too often; try again in ${wait} seconds`,
        'phone',
        { retryAfterSeconds: wait },
      );
    const code = newSmsCode(options.random);
    const expiresAt = new Date(now.getTime() + SMS_CODE_MINUTES * 60_000);
    const id = randomUUID();
    await tx.db.insert(phoneCodes).values({
      id,
      phone: input.phone,
      codeHash: codeHash(id, code),
      sentAt: now,
      expiresAt,
    });
    await queueSms(tx, {
      to: input.phone,
      text: `【承诺平台】您的注册验证码为 ${code}，${SMS_CODE_MINUTES} 分钟内有效。如非本人操作，请忽略本短信。`,
      purpose: 'registration-code',
      now,
      expiresAt,
    });
    await recordAudit(tx, {
      chain: input.districtCode,
      actor: {
        userId: null,
        name: maskPhone(input.phone),
        role: 'public',
        ip: options.ip,
        requestId: options.requestId,
      },
      at: now,
      action: 'registration.code-sent',
      entityType: 'phone-code',
      entityId: id,
      after: { phone: maskPhone(input.phone) },
    });
    return { retryAfterSeconds: SMS_INTERVAL_SECONDS };
  });
}
