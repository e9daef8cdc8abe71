import { asc } from 'drizzle-orm';
import { maskIdentifier } from '../common/identifiers/index.ts';
import type { Actor } from '../platform/auth/actor.ts';
import { withinJurisdiction } from '../platform/auth/within-reach.ts';
import type { AppDb } from '../platform/db/database.ts';
import { users } from './schema.ts';

/** The accounts an admin manages: those within the admin's jurisdiction. Secrets never leave. */
export async function listUsers(db: AppDb, actor: Actor) {
  const rows = await db
    .select()
    .from(users)
    .where(withinJurisdiction(actor, users.jurisdictionCode))
    .orderBy(asc(users.districtCode), asc(users.username));
  return rows.map(({ passwordHash: _secret, agentIdNumber, ...user }) => ({
    ...user,
    agentIdNumber: agentIdNumber ? maskIdentifier(agentIdNumber) : null,
  }));
}
