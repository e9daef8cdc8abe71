import { recordAudit } from '../platform/audit/record.ts';
import type { Tx } from '../platform/db/database.ts';
import { sessions } from './schema.ts';
import { newToken, tokenHash } from './session-tokens.ts';
import type { UserRow } from './user-store.ts';

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Starts a session for a user whose identity is established, within the caller's transaction. */
export async function openSession(
  tx: Tx,
  options: {
    user: UserRow;
    now: Date;
    hours: number;
    ip: string | null;
    requestId: string | null;
    via: string;
  },
): Promise<OpenedSession> {
  const { user, now } = options;
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + options.hours * 3_600_000);
  await tx.db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken,
    createdAt: now,
    expiresAt,
    ip: options.ip,
  });
  await recordAudit(tx, {
    chain: user.districtCode,
    actor: {
      userId: user.id,
      name: user.username,
      role: user.role,
      ip: options.ip,
      requestId: options.requestId,
    },
    at: now,
    action: 'session.opened',
    entityType: 'user',
    entityId: user.id,
    after: { via: options.via, expiresAt },
  });
  return { token, csrfToken, expiresAt };
}
