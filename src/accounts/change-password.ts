import { and, eq, ne } from 'drizzle-orm';
import { users } from '../organisation/index.ts';
import { actorOf, recordAudit } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import {
  assertPasswordRule,
  type HashingProfile,
  hashPassword,
  verifyPassword,
} from '../platform/auth/passwords.ts';
import type { Database } from '../platform/db/database.ts';
import { invalid } from '../platform/errors.ts';
import { assertPasswordAttemptAllowed, recordPasswordFailure } from './password-attempts.ts';
import { sessions } from './schema.ts';
import { tokenHash } from './session-tokens.ts';
import { findUserById } from './user-store.ts';

export interface ChangePasswordOptions {
  database: Database;
  actor: Actor;
  /** The session making the change, which stays open; every other session of the account ends. */
  sessionToken: string;
  now: Date;
  hashing: HashingProfile;
  input: { currentPassword: string; newPassword: string };
}

export async function changePassword({
  database,
  actor,
  sessionToken,
  now,
  hashing,
  input,
}: ChangePasswordOptions): Promise<void> {
  const user = await findUserById(database.db, actor.userId);
  // Guessing the current password from a stolen session is throttled like guessing at login.
  await assertPasswordAttemptAllowed({ db: database.db, username: actor.username, ip: actor.ip, now });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordPasswordFailure(database.db, actor.username, actor.ip, now);
    throw invalid('currentPassword', '当前密码不正确', 'The current password is wrong');
  }
  assertPasswordRule(input.newPassword, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw invalid(
      'newPassword',
      '新密码不能与当前密码相同',
      'The new password must differ from the current one',
    );
  }
  const passwordHash = await hashPassword(input.newPassword, hashing);
  await database.transaction(async (tx) => {
    await tx.db
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: user.version + 1 })
      .where(eq(users.id, user.id));
    const ended = await tx.db
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, tokenHash(sessionToken))))
      .returning({ tokenHash: sessions.tokenHash });
    await recordAudit(tx, {
      chain: user.districtCode,
      actor: actorOf(actor),
      at: now,
      action: 'account.password-changed',
      entityType: 'user',
      entityId: user.id,
      after: { otherSessionsEnded: ended.length },
    });
  });
}
