import { and, eq, gt } from 'drizzle-orm';
import type { HumanCheck } from '../platform/auth/human-check.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { FAILURE_WINDOW_MS, needsHumanCheck, retryAfterSeconds, usernameKey } from './login-throttle.ts';
import { loginFailures } from './schema.ts';

export interface PasswordAttempt {
  db: AppDb;
  username: string;
  ip: string | null;
  now: Date;
  humanCheck?: HumanCheck;
  /** The token of the human check, when the client was asked for one. */
  humanCheckToken?: string;
}

/**
 * Refuses a password guess on an account (a login, or the current password of a change) while the
 * throttle says wait, and asks for the human check once failures pile up. A refused attempt does not
 * look at the password, so waiting out the delay is the only way on.
 */
export async function assertPasswordAttemptAllowed(attempt: PasswordAttempt): Promise<void> {
  const { db, now } = attempt;
  const failures = await db
    .select({ at: loginFailures.at, ip: loginFailures.ip })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.usernameKey, usernameKey(attempt.username)),
        gt(loginFailures.at, new Date(now.getTime() - FAILURE_WINDOW_MS)),
      ),
    );
  const wait = retryAfterSeconds(failures, attempt.ip, now);
  if (wait > 0) {
    throw new DomainError(
      'RATE_LIMITED',
      `该账号密码错误次数较多，请 ${wait} 秒后再试`,
      `Too many wrong passwords for this account; try again in ${wait} seconds`,
      'username',
      { retryAfterSeconds: wait },
    );
  }
  if (attempt.humanCheck && needsHumanCheck(failures, now)) {
    const token = attempt.humanCheckToken;
    if (!token || !(await attempt.humanCheck.verify(token, attempt.ip))) {
      throw new DomainError(
        'VALIDATION',
        '请先完成人机验证',
        'Complete the human check first',
        'humanCheck',
        { humanCheck: attempt.humanCheck.name },
      );
    }
  }
}

export async function recordPasswordFailure(
  db: AppDb,
  username: string,
  ip: string | null,
  now: Date,
): Promise<void> {
  await db.insert(loginFailures).values({ usernameKey: usernameKey(username), at: now, ip });
}
