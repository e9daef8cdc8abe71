import { and, eq, gt } from 'drizzle-orm';
import type { IdentityProvider } from '../platform/auth/identity-provider.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { retryAfterSeconds, usernameKey } from './login-throttle.ts';
import { type OpenedSession, openSession } from './open-session.ts';
import { loginFailures } from './schema.ts';
import { findUserById } from './user-store.ts';

export interface LogInOptions {
  database: Database;
  identity: IdentityProvider;
  now: Date;
  sessionHours: number;
  credentials: { username: string; password: string };
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
  const key = usernameKey(credentials.username);
  const failures = await database.db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(
      and(eq(loginFailures.usernameKey, key), gt(loginFailures.at, new Date(now.getTime() - 15 * 60_000))),
    );
  const wait = retryAfterSeconds(
    failures.map((f) => f.at),
    now,
  );
  if (wait > 0) {
    throw new DomainError(
      'RATE_LIMITED',
      `该账号登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`,
      `Too many failed logins for this account; try again in ${Math.ceil(wait / 60)} minutes`,
      'username',
      { retryAfterSeconds: wait },
    );
  }
  const identity = await options.identity.authenticate(credentials);
  const user = identity && (await findUserById(database.db, identity.userId));
  if (!user) {
    await database.db.insert(loginFailures).values({ usernameKey: key, at: now, ip: options.ip });
    throw wrongCredentials();
  }
  if (!user.active) {
    throw new DomainError(
      'FORBIDDEN',
      '该账号已停用，请联系管理员',
      'This account is disabled; contact your administrator',
    );
  }
  const session = await database.transaction(async (tx) => {
    await tx.db.delete(loginFailures).where(eq(loginFailures.usernameKey, key));
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
