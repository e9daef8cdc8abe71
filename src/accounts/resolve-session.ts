import { and, eq, gt } from 'drizzle-orm';
import { users } from '../organisation/index.ts';
import { isRole } from '../platform/auth/actor.ts';
import type { AppDb } from '../platform/db/database.ts';
import type { ResolvedSession } from '../platform/http/request-auth.ts';
import { sessions } from './schema.ts';
import { tokenHash } from './session-tokens.ts';

/** The actor behind a session cookie: only unexpired sessions of active users count. */
export async function resolveSession(db: AppDb, token: string, now: Date): Promise<ResolvedSession | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, now), eq(users.active, true)),
    );
  const user = row?.user;
  if (!row || !user || !isRole(user.role)) return null;
  return {
    csrfToken: row.session.csrfToken,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      jurisdictionCode: user.jurisdictionCode,
      districtCode: user.districtCode,
      agencyId: user.agencyId,
      partyId: user.partyId,
      partyCapacity: user.partyCapacity,
    },
  };
}
