import { asc } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { contains } from '../platform/auth/jurisdiction-codes.ts';
import type { AppDb } from '../platform/db/database.ts';
import { users } from './schema.ts';

/** The accounts an admin manages: those within the admin's jurisdiction. Secrets never leave. */
export async function listUsers(db: AppDb, actor: Actor) {
  const rows = await db.select().from(users).orderBy(asc(users.districtCode), asc(users.username));
  return rows
    .filter((u) => contains(actor.jurisdictionCode, u.jurisdictionCode))
    .map(({ passwordHash: _secret, agentIdNumber, ...user }) => ({
      ...user,
      agentIdNumber: agentIdNumber ? maskIdentifier(agentIdNumber) : null,
    }));
}
