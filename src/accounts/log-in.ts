import { eq } from 'drizzle-orm';
import type { HumanCheck } from '../platform/auth/human-check.ts';
import type { IdentityProvider } from '../platform/auth/identity-provider.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { linkVerifiedParty } from './link-verified-party.ts';
import { usernameKey } from './login-throttle.ts';
import { type OpenedSession, openSession } from './open-session.ts';
import { assertPasswordAttemptAllowed, recordPasswordFailure } from './password-attempts.ts';
import { loginFailures } from './schema.ts';
import { findUserById } from './user-store.ts';

export interface LogInOptions {
  database: Database;
  identity: IdentityProvider;
  humanCheck?: HumanCheck;
  now: Date;
  sessionHours: number;
  credentials: { username: string; password: string; humanCheck?: string };
  ip: string | null;
  requestId: string | null;
}

export interface LogInResult extends OpenedSession {
  userId: string;
  mustChangePassword: boolean;
}

const wrongCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', '用户名或密码错误', 'Wrong username or password', 'password');

/** Checks the credentials through the identity provider and opens a session (audited). */
export async function logIn(options: LogInOptions): Promise<LogInResult> {
  const { database, now, credentials } = options;
  await assertPasswordAttemptAllowed({
    db: database.db,
    username: credentials.username,
    ip: options.ip,
    now,
    humanCheck: options.humanCheck,
    humanCheckToken: credentials.humanCheck,
  });
  const identity = await options.identity.authenticate(credentials);
  const user = identity && (await findUserById(database.db, identity.userId));
  if (!user) {
    await recordPasswordFailure(database.db, credentials.username, options.ip, now);
    throw wrongCredentials();
  }
  if (!user.active) {
    throw new DomainError(
      'FORBIDDEN',
      '该账号已停用，请联系管理员',
      'This account is disabled; contact your administrator',
    );
  }
  const vouched = identity.verifiedParty;
  const session = await database.transaction(async (tx) => {
    await tx.db.delete(loginFailures).where(eq(loginFailures.usernameKey, usernameKey(credentials.username)));
    if (vouched && !user.partyId && user.role === 'applicant')
      await linkVerifiedParty(tx, { user, party: vouched, provider: options.identity.name, now });
    return openSession(tx, {
      user,
      now,
      hours: options.sessionHours,
      ip: options.ip,
      requestId: options.requestId,
      via: options.identity.name,
    });
  });
  return { ...session, userId: user.id, mustChangePassword: user.mustChangePassword };
}
