import { CODE_ATTEMPTS_PER_HOUR, SMS_INTERVAL_SECONDS } from './party-claim-rules.ts';

/**
 * a mobile number is proven by a code sent to it before an account is opened with it. Sending
 * is limited per number (once a minute, a few times a day) so nobody floods a stranger's phone; a
 * code is tried a few times at most, then a new one is needed.
 */
export const PHONE_CODES_PER_DAY = 10;
export const PHONE_CODE_ATTEMPTS = CODE_ATTEMPTS_PER_HOUR;

/** Seconds to wait before another code may go to the number, or 0. */
export function phoneCodeWait(
  sent: { latestAt: Date | null; inLastDay: number; oldestInLastDayAt: Date | null },
  now: Date,
): number {
  if (sent.inLastDay >= PHONE_CODES_PER_DAY && sent.oldestInLastDayAt) {
    return Math.ceil((sent.oldestInLastDayAt.getTime() + 86_400_000 - now.getTime()) / 1000);
  }
  if (!sent.latestAt) return 0;
  return Math.max(
    0,
    Math.ceil((sent.latestAt.getTime() + SMS_INTERVAL_SECONDS * 1000 - now.getTime()) / 1000),
  );
}

/** Whether the latest code of a number may still be tried at all. */
export const phoneCodeUsable = (
  code: { expiresAt: Date; usedAt: Date | null; failedAttempts: number },
  now: Date,
) => !code.usedAt && code.expiresAt > now && code.failedAttempts < PHONE_CODE_ATTEMPTS;
